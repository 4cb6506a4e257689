package org.eden.portail.tableaudebord;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.cdap.SectionDossier;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * R-TDB-2 and R-TDB-7: the supervision and the alerts, for the screens and the API. The scope is
 * derived at every call from the caller's permissions and account, never taken from the request:
 * an organisation or a Caf asked for narrows it, and one outside it is refused (403 naming the
 * right, traced). Every query reads the aggregates of {@link EntrepotSupervision}, never the traces.
 */
@Stateless
public class SupervisionService {

    static final String CONSULTATION = "CONSULTATION_SUPERVISION";
    static final String ALERTES = "CONSULTATION_ALERTES";
    static final String SEUILS = "MODIFICATION_SEUILS_ALERTES";
    static final String CIBLE = "SUPERVISION";
    /** The longest period a query covers: three years of days. */
    static final long JOURS_MAX = 3 * 366;

    @Inject
    EntrepotSupervision entrepot;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    CafRepository cafs;

    @Inject
    Clock horloge;

    @Inject
    DeclarationsAfasSupervision declarationsAfas;

    /**
     * The caller's scope (R-TDB-2), narrowed to {@code organisme} or {@code caf} when asked.
     *
     * @throws AuthorizationException naming the right, when he supervises nothing or asks outside his scope
     */
    public PorteeSupervision portee(Long organisme, String caf) {
        return portee(organisme, caf, "supervision:", PermissionsTableauDeBord.SUPERVISION_ORGANISME,
                PermissionsTableauDeBord.SUPERVISION_CAF, PermissionsTableauDeBord.SUPERVISION_NATIONALE);
    }

    private PorteeSupervision portee(Long organisme, String caf, String domaine, String droitOrganisme, String droitCaf, String droitNational) {
        Subject sujet = SecurityUtils.getSubject();
        if (sujet.getPrincipal() == null) {
            throw new UnauthenticatedException("Connexion requise");
        }
        Optional<Utilisateur> compte = utilisateurs.parIdentifiant(sujet.getPrincipal().toString());
        Long sonOrganisme = compte.map(Utilisateur::getOrganisme).map(OrganismePartenaire::getId).orElse(null);
        String saCaf = compte.map(u -> u.getCaf() != null ? u.getCaf().getCode()
                : u.getOrganisme() != null ? u.getOrganisme().getCaf().getCode() : null).orElse(null);
        if (organisme != null) {
            OrganismePartenaire o = cafs.organisme(organisme).orElse(null);
            String cafDeLOrganisme = o == null ? "?" : o.getCaf().getCode();
            if (o != null && (sujet.isPermitted(droitOrganisme + organisme) || sujet.isPermitted(droitCaf + cafDeLOrganisme)
                    || (droitNational != null && sujet.isPermitted(droitNational)))) {
                return PorteeSupervision.organisme(organisme, cafDeLOrganisme);
            }
            throw refus(droitOrganisme + organisme);
        }
        if (caf != null) {
            if (sujet.isPermitted(droitCaf + caf) || (droitNational != null && sujet.isPermitted(droitNational))) {
                return PorteeSupervision.caf(caf);
            }
            throw refus(droitCaf + caf);
        }
        if (droitNational != null && sujet.isPermitted(droitNational)) {
            return PorteeSupervision.nationale();
        }
        if (saCaf != null && sujet.isPermitted(droitCaf + saCaf)) {
            return PorteeSupervision.caf(saCaf);
        }
        if (sonOrganisme != null && sujet.isPermitted(droitOrganisme + sonOrganisme)) {
            return PorteeSupervision.organisme(sonOrganisme, saCaf);
        }
        throw refus(sonOrganisme != null ? droitOrganisme + sonOrganisme : saCaf != null ? droitCaf + saCaf
                : droitNational != null ? droitNational : domaine + "*");
    }

    private static AuthorizationException refus(String droit) {
        return new AuthorizationException("R-TDB-2 : hors de votre périmètre de supervision [" + droit + "]");
    }

    /** R-TDB-2: the supervision of the caller's scope (or the part of it asked) over a period. */
    @ActionTracee(value = CONSULTATION, cible = CIBLE)
    public Supervision supervision(DemandeSupervision demande) {
        PorteeSupervision portee = portee(demande.organisme(), demande.caf());
        verifierPeriode(demande.du(), demande.au(), "R-TDB-2");
        EntrepotSupervision.Filigrane filigrane = entrepot.filigrane();
        return new Supervision(portee.toString(), demande.du().toString(), demande.au().toString(), demande.granularite().name(),
                filigrane.replieLe(), activite(portee, demande), sections(portee, demande), entrepot.parOrganisme(portee, demande.du(), demande.au()),
                montee(portee, YearMonth.from(demande.au())), entrepot.quotas(portee), demande.au().getYear(),
                declarationsAfas.declarations(portee, demande.au().getYear()));
    }

    private static void verifierPeriode(LocalDate du, LocalDate au, String regle) {
        if (du == null || au == null || du.isAfter(au)) {
            throw new RegleMetierException(regle, "Choisissez une période dont le début précède la fin.");
        }
        if (ChronoUnit.DAYS.between(du, au) > JOURS_MAX) {
            throw new RegleMetierException(regle, "Choisissez une période de trois ans au plus.");
        }
    }

    private List<Supervision.PointActivite> activite(PorteeSupervision portee, DemandeSupervision demande) {
        Map<LocalDate, long[]> parPeriode = new TreeMap<>();
        for (LocalDate d = debutDePeriode(demande.du(), demande.granularite()); !d.isAfter(demande.au());
             d = suivante(d, demande.granularite())) {
            parPeriode.put(d, new long[3]);
        }
        for (EntrepotSupervision.CompteJour c : entrepot.connexions(portee, demande.du(), demande.au())) {
            long[] v = parPeriode.computeIfAbsent(debutDePeriode(c.jour(), demande.granularite()), k -> new long[3]);
            switch (c.nature()) {
                case PliageTraces.CONNEXION -> v[0] += c.nombre();
                case PliageTraces.CONNEXION_CDAP -> v[1] += c.nombre();
                default -> v[2] += c.nombre();
            }
        }
        List<Supervision.PointActivite> points = new ArrayList<>();
        parPeriode.forEach((d, v) -> points.add(new Supervision.PointActivite(libelle(d, demande.granularite()), v[0], v[1], v[2])));
        return points;
    }

    static LocalDate debutDePeriode(LocalDate jour, Supervision.Granularite g) {
        return switch (g) {
            case JOUR -> jour;
            case SEMAINE -> jour.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MOIS -> jour.withDayOfMonth(1);
        };
    }

    private static LocalDate suivante(LocalDate d, Supervision.Granularite g) {
        return switch (g) {
            case JOUR -> d.plusDays(1);
            case SEMAINE -> d.plusWeeks(1);
            case MOIS -> d.plusMonths(1);
        };
    }

    static String libelle(LocalDate d, Supervision.Granularite g) {
        return switch (g) {
            case JOUR -> d.toString();
            case SEMAINE -> d.get(IsoFields.WEEK_BASED_YEAR) + "-S" + String.format("%02d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MOIS -> YearMonth.from(d).toString();
        };
    }

    private List<Supervision.LigneSection> sections(PorteeSupervision portee, DemandeSupervision demande) {
        List<Supervision.LigneSection> lignes = new ArrayList<>();
        entrepot.sections(portee, demande.du(), demande.au()).forEach((code, n) -> lignes.add(new Supervision.LigneSection(code,
                libelleSection(code), n)));
        return lignes;
    }

    private static String libelleSection(String code) {
        try {
            return SectionDossier.valueOf(code).getLibelle();
        } catch (IllegalArgumentException inconnue) {
            return code;
        }
    }

    /** The habilitations in force at the end of each month, from the first one to {@code jusquA}, per service. */
    private List<Supervision.PointMontee> montee(PorteeSupervision portee, YearMonth jusquA) {
        List<EntrepotSupervision.MouvementHabilitations> mouvements = entrepot.mouvementsHabilitations(portee);
        if (mouvements.isEmpty()) {
            return List.of();
        }
        YearMonth premier = mouvements.stream().map(EntrepotSupervision.MouvementHabilitations::mois).min(YearMonth::compareTo).orElseThrow();
        if (premier.isBefore(jusquA.minusYears(10))) {
            premier = jusquA.minusYears(10);
        }
        Map<String, Map<YearMonth, Long>> solde = new TreeMap<>();
        for (EntrepotSupervision.MouvementHabilitations m : mouvements) {
            solde.computeIfAbsent(m.service(), k -> new HashMap<>()).merge(m.mois(), m.entrees() - m.sorties(), Long::sum);
        }
        List<Supervision.PointMontee> points = new ArrayList<>();
        for (Map.Entry<String, Map<YearMonth, Long>> service : solde.entrySet()) {
            long cumul = service.getValue().entrySet().stream().filter(e -> e.getKey().isBefore(jusquA.minusYears(10)))
                    .mapToLong(Map.Entry::getValue).sum();
            for (YearMonth mois = premier; !mois.isAfter(jusquA); mois = mois.plusMonths(1)) {
                cumul += service.getValue().getOrDefault(mois, 0L);
                points.add(new Supervision.PointMontee(mois.toString(), service.getKey(), cumul));
            }
        }
        return points;
    }

    // ---- Alerts (R-TDB-7) -----------------------------------------------------------------------

    /** R-TDB-7: the atypical days of the users of the caller's scope (or the part of it asked). */
    @ActionTracee(value = ALERTES, cible = CIBLE)
    public List<Alerte> alertes(DemandeSupervision demande) {
        PorteeSupervision portee = portee(demande.organisme(), demande.caf(), "alertes:", PermissionsTableauDeBord.ALERTES_ORGANISME,
                PermissionsTableauDeBord.ALERTES_CAF, null);
        verifierPeriode(demande.du(), demande.au(), "R-TDB-7");
        Map<String, SeuilsAlertes> parCaf = new LinkedHashMap<>();
        // The database preselects the candidate days with the same tests and computes the usual days (V24: a Caf's
        // 30 days are thousands of user-days); DetectionAlertes decides and words each alert.
        EntrepotSupervision.JourneesAtypiques candidates = entrepot.journeesAtypiques(portee, demande.du(), demande.au(),
                new EntrepotSupervision.CriteresAlertes(SeuilsAlertes.DOSSIERS_PAR_JOUR, SeuilsAlertes.FACTEUR_USUEL, DetectionAlertes.DOSSIERS_MIN,
                        DetectionAlertes.JOURNEES_MIN, DetectionAlertes.joursChomes(demande.du(), demande.au())));
        return DetectionAlertes.detecter(candidates.journees(), candidates.usuels(), caf -> parCaf.computeIfAbsent(caf, this::seuilsEnVigueur));
    }

    /** R-TDB-7: a Caf's thresholds, for its administrateur and superviseur. */
    public SeuilsAlertes seuils(String caf) {
        exiger(PermissionsTableauDeBord.SEUILS_ALERTES + caf);
        return seuilsEnVigueur(caf);
    }

    private SeuilsAlertes seuilsEnVigueur(String caf) {
        return entrepot.seuils(caf).map(s -> new SeuilsAlertes(caf, s.dossiersParJour(), s.facteurUsuel(), false))
                .orElse(SeuilsAlertes.parDefaut(caf));
    }

    /** R-TDB-7: the Caf sets its thresholds; they apply to every alert read from now on, past days included. */
    @ActionTracee(value = SEUILS, cible = "CAF")
    public SeuilsAlertes fixerSeuils(String caf, Integer dossiersParJour, Integer facteurUsuel) {
        exiger(PermissionsTableauDeBord.SEUILS_ALERTES + caf);
        if (dossiersParJour == null || facteurUsuel == null) {
            throw new RegleMetierException("R-TDB-7", "Indiquez le seuil de dossiers par jour et le multiple de la journée habituelle.");
        }
        if (dossiersParJour < 1 || dossiersParJour > 10_000) {
            throw new RegleMetierException("R-TDB-7", "Le seuil de dossiers par jour va de 1 à 10 000.");
        }
        if (facteurUsuel < 2 || facteurUsuel > 100) {
            throw new RegleMetierException("R-TDB-7", "Le multiple de la journée habituelle va de 2 à 100.");
        }
        entrepot.enregistrerSeuils(caf, new EntrepotSupervision.Seuils(dossiersParJour, facteurUsuel, horloge.instant(),
                SecurityUtils.getSubject().getPrincipal().toString()));
        return seuilsEnVigueur(caf);
    }

    private static void exiger(String droit) {
        if (!SecurityUtils.getSubject().isPermitted(droit)) {
            throw new AuthorizationException("R-TDB-7 : réglage des seuils réservé à la Caf [" + droit + "]");
        }
    }

    /** The Caf of a Caf agent, or of a partner's organisation; null for the Cnaf. */
    public String cafDeLAppelant() {
        Object principal = SecurityUtils.getSubject().getPrincipal();
        return principal == null ? null : utilisateurs.parIdentifiant(principal.toString())
                .map(u -> u.getCaf() != null ? u.getCaf().getCode() : u.getOrganisme() != null ? u.getOrganisme().getCaf().getCode() : null)
                .orElse(null);
    }

    /** Today in metropolitan France: the default end of a period. */
    public LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(PliageTraces.FUSEAU));
    }
}

package org.eden.portail.tableaudebord;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Textes;
import org.eden.portail.trace.ActionTracee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Elisa dashboards (R-TDB-1, R-TDB-3 to R-TDB-6) for the screens and the API alike. The
 * caller's scope (R-TDB-4) is derived here at every call from his permissions and, for a conseil
 * départemental or an MSA partner, from his organisation's address — never from what a request
 * says — and applied before any row goes into an answer; statistical secrecy (R-TDB-5) is applied
 * to what is left. Every table and comparison read is traced.
 */
@Stateless
public class TableauDeBordService {

    static final String CONSULTATION = "CONSULTATION_TABLEAU_DE_BORD";
    static final String COMPARAISON = "COMPARAISON_MILLESIMES";
    static final String CIBLE = "TABLEAU_DE_BORD";
    private static final DateTimeFormatter MOIS_FR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    @Inject
    EntrepotStatistiques entrepot;

    @Inject
    CubesTdb cubes;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    Instance<PerimetreDeLaRequete> parRequete;

    @Inject
    Instance<ChargementsDeLaRequete> chargementsDeLaRequete;

    @Inject
    BeanManager beans;

    /** The caller's scope: his TDB profiles and, where they need it, his territory. */
    public Perimetre perimetre() {
        Subject sujet = SecurityUtils.getSubject();
        if (sujet.getPrincipal() == null) {
            throw new UnauthenticatedException("Connexion requise");
        }
        // Outside a request (a background task) there is no request scope to keep it in.
        PerimetreDeLaRequete memoire = requeteActive() ? parRequete.get() : null;
        Perimetre retenu = memoire == null ? null : memoire.pour(sujet.getPrincipal());
        if (retenu != null) {
            return retenu;
        }
        Set<ProfilTdb> profils = EnumSet.noneOf(ProfilTdb.class);
        Arrays.stream(ProfilTdb.values()).filter(p -> sujet.isPermitted(p.permission())).forEach(profils::add);
        String departement = null;
        String caisseMsa = null;
        if (profils.contains(ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL) || profils.contains(ProfilTdb.UTILISATEUR_MSA)) {
            Optional<String> dep = utilisateurs.parIdentifiant(sujet.getPrincipal().toString())
                    .map(Utilisateur::getOrganisme).map(o -> o.getAdresse()).map(Adresse::getCodePostal)
                    .flatMap(Territoires::departementDuCodePostal);
            if (profils.contains(ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL)) {
                departement = dep.orElse(null);
            }
            if (profils.contains(ProfilTdb.UTILISATEUR_MSA)) {
                caisseMsa = dep.flatMap(Territoires::caisseMsaDu).map(Territoires.Caisse::code).orElse(null);
            }
        }
        Perimetre perimetre = new Perimetre(profils, departement, caisseMsa);
        if (memoire != null) {
            memoire.retenir(sujet.getPrincipal(), perimetre);
        }
        return perimetre;
    }

    /** The load in force of a vintage's month, read once per request (outside one, every time). */
    private Optional<Chargement> chargement(Millesime millesime, YearMonth mois) {
        if (!requeteActive()) {
            return entrepot.chargement(millesime, mois);
        }
        return chargementsDeLaRequete.get().chargement(millesime, mois, () -> entrepot.chargement(millesime, mois));
    }

    private boolean requeteActive() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException inactive) {
            return false;
        }
    }

    private Perimetre perimetreExige() {
        Perimetre perimetre = perimetre();
        if (perimetre.vide()) {
            throw new AuthorizationException("R-TDB-1 : le tableau de bord est réservé aux profils Tableau de bord (permission tdb:<profil>)");
        }
        return perimetre;
    }

    /** What the caller's selector offers. */
    public OffreTdb offre() {
        Perimetre perimetre = perimetreExige();
        Map<String, Map<String, List<String>>> regimes = new LinkedHashMap<>();
        for (Famille famille : Famille.values()) {
            Map<String, List<String>> parNiveau = new LinkedHashMap<>();
            for (Niveau niveau : Niveau.values()) {
                parNiveau.put(niveau.name(), perimetre.regimes(niveau, famille).stream().map(Enum::name).toList());
            }
            regimes.put(famille.name(), parNiveau);
        }
        Map<String, List<String>> mois = new LinkedHashMap<>();
        Arrays.stream(Millesime.values()).forEach(m -> mois.put(m.name(), new ArrayList<>()));
        entrepot.chargements().forEach(c -> mois.get(c.millesime().name()).add(c.mois().toString()));
        return new OffreTdb(perimetre.profils().stream().sorted().map(Enum::name).toList(),
                perimetre.familles().stream().map(Enum::name).toList(), regimes, mois);
    }

    /** What is loaded, latest month first (R-TDB-6): any TDB profile may know it. */
    public List<Chargement> chargements() {
        perimetreExige();
        return entrepot.chargements();
    }

    /** When a vintage's month was loaded: what makes a table's ETag (it changes only with an import). */
    public Optional<Instant> chargeLe(Millesime millesime, YearMonth mois) {
        return chargement(millesime, mois).map(Chargement::chargeLe);
    }

    /** R-TDB-3, R-TDB-4, R-TDB-5: one table as the caller may see it. */
    @ActionTracee(value = CONSULTATION, cible = CIBLE)
    public TableauTdb tableau(DemandeTableau demande) {
        Perimetre perimetre = perimetreExige();
        Acces acces = perimetre.acces(demande.niveau(), demande.regime(), demande.theme().getFamille());
        if (!acces.autorise()) {
            return vide(demande, acces.motif());
        }
        Optional<Chargement> chargement = chargement(demande.millesime(), demande.mois());
        if (chargement.isEmpty()) {
            return vide(demande, "Le millésime " + demande.millesime() + " de " + demande.mois().format(MOIS_FR) + " n'est pas chargé.");
        }
        CubesTdb.Cube cube = cubes.cube(demande.millesime(), demande.mois(), demande.theme(), demande.regime(), chargement.get().chargeLe());
        List<LigneTdb> lignes = new ArrayList<>();
        for (String code : codes(demande.niveau(), demande.regime())) {
            if (acces.voit(code)) {
                ligne(cube, demande, demande.niveau(), code).ifPresent(lignes::add);
            }
        }
        LigneTdb total = demande.niveau() == Niveau.NATIONAL ? null
                : ligne(cube, demande, Niveau.NATIONAL, Niveau.CODE_NATIONAL).orElse(null);
        return new TableauTdb(demande.millesime().name(), demande.mois().toString(), demande.theme(), demande.niveau(), demande.regime(),
                demande.statut(), lignes, total, null, resume(demande, lignes, total), SecretStatistique.seuil());
    }

    /** R-TDB-6: one indicator of a table in each vintage loaded for the month, with the revisions. */
    @ActionTracee(value = COMPARAISON, cible = CIBLE)
    public ComparaisonTdb comparer(DemandeTableau demande, String codeIndicateur) {
        Perimetre perimetre = perimetreExige();
        Indicateur indicateur = demande.theme().indicateur(codeIndicateur).orElse(demande.theme().getIndicateurs().get(0));
        Acces acces = perimetre.acces(demande.niveau(), demande.regime(), demande.theme().getFamille());
        if (!acces.autorise()) {
            return new ComparaisonTdb(demande.mois().toString(), demande.theme(), indicateur, demande.niveau(), demande.regime(),
                    demande.statut(), List.of(), List.of(), acces.motif());
        }
        Map<Millesime, CubesTdb.Cube> parMillesime = new LinkedHashMap<>();
        for (Millesime millesime : Millesime.values()) {
            chargement(millesime, demande.mois()).ifPresent(c -> parMillesime.put(millesime,
                    cubes.cube(millesime, demande.mois(), demande.theme(), demande.regime(), c.chargeLe())));
        }
        List<String> codes = new ArrayList<>(codes(demande.niveau(), demande.regime()).stream().filter(acces::voit).toList());
        if (demande.niveau() != Niveau.NATIONAL) {
            codes.add(Niveau.CODE_NATIONAL);
        }
        boolean euros = indicateur.nature() != Nature.EFFECTIF;
        List<LigneComparaison> lignes = new ArrayList<>();
        for (String code : codes) {
            Niveau niveau = code.equals(Niveau.CODE_NATIONAL) ? Niveau.NATIONAL : demande.niveau();
            SecretStatistique.Cle cle = new SecretStatistique.Cle(demande.statut(), niveau, code, indicateur.code());
            List<CelluleTdb> valeurs = new ArrayList<>();
            for (CubesTdb.Cube cube : parMillesime.values()) {
                int numero = cube.numero(cle);
                valeurs.add(new CelluleTdb(indicateur.code(), cube.valeur(numero), cube.secret(numero), euros));
            }
            if (valeurs.stream().allMatch(v -> v.valeur() == null && !v.secret())) {
                continue;
            }
            List<Double> revisions = new ArrayList<>();
            for (int i = 1; i < valeurs.size(); i++) {
                BigDecimal avant = valeurs.get(i - 1).valeur();
                BigDecimal apres = valeurs.get(i).valeur();
                revisions.add(avant == null || apres == null || avant.signum() == 0 ? null
                        : apres.subtract(avant).multiply(BigDecimal.valueOf(100)).divide(avant, 4, RoundingMode.HALF_UP).doubleValue());
            }
            lignes.add(new LigneComparaison(code, Territoires.libelle(niveau, demande.regime(), code), valeurs, revisions));
        }
        return new ComparaisonTdb(demande.mois().toString(), demande.theme(), indicateur, demande.niveau(), demande.regime(),
                demande.statut(), parMillesime.keySet().stream().map(Enum::name).toList(), lignes,
                parMillesime.isEmpty() ? "Aucun millésime de " + demande.mois().format(MOIS_FR) + " n'est chargé." : null);
    }

    private static List<String> codes(Niveau niveau, Regime regime) {
        return switch (niveau) {
            case CAISSE -> Territoires.caisses(regime).stream().map(Territoires.Caisse::code).toList();
            case DEPARTEMENT -> Territoires.departementsDu(regime);
            case NATIONAL -> List.of(Niveau.CODE_NATIONAL);
        };
    }

    private static Optional<LigneTdb> ligne(CubesTdb.Cube cube, DemandeTableau demande, Niveau niveau, String code) {
        List<CelluleTdb> cellules = new ArrayList<>();
        boolean presente = false;
        for (Indicateur indicateur : demande.theme().getIndicateurs()) {
            int numero = cube.numero(new SecretStatistique.Cle(demande.statut(), niveau, code, indicateur.code()));
            presente |= numero >= 0;
            cellules.add(new CelluleTdb(indicateur.code(), cube.valeur(numero), cube.secret(numero), indicateur.nature() != Nature.EFFECTIF));
        }
        return presente ? Optional.of(new LigneTdb(code, Territoires.libelle(niveau, demande.regime(), code), cellules)) : Optional.empty();
    }

    private static TableauTdb vide(DemandeTableau demande, String motif) {
        return new TableauTdb(demande.millesime().name(), demande.mois().toString(), demande.theme(), demande.niveau(), demande.regime(),
                demande.statut(), List.of(), null, motif, motif, SecretStatistique.seuil());
    }

    /** The text beside the chart: the headline figure, the largest row, the secret cells. */
    static String resume(DemandeTableau demande, List<LigneTdb> lignes, LigneTdb total) {
        Indicateur titre = demande.theme().getIndicateurs().get(0);
        StringBuilder texte = new StringBuilder();
        texte.append(demande.theme().getLibelle()).append(", ").append(demande.millesime().getLibelle()).append(" de ")
                .append(demande.mois().format(MOIS_FR)).append(", ").append(demande.regime().getLibelle())
                .append(demande.regime() == Regime.MSA ? " (" + Textes.minusculeInitiale(demande.statut().getLibelle()) + ")" : "")
                .append(" : ");
        LigneTdb pays = total != null ? total : lignes.stream().filter(l -> l.code().equals(Niveau.CODE_NATIONAL)).findFirst().orElse(null);
        if (pays != null) {
            texte.append(Textes.minusculeInitiale(titre.libelle())).append(", France entière : ").append(pays.cellules().get(0).getTexte()).append(". ");
        }
        if (demande.niveau() != Niveau.NATIONAL) {
            texte.append(lignes.size()).append(lignes.size() > 1 ? " lignes" : " ligne").append(" au niveau ")
                    .append(Textes.minusculeInitiale(demande.niveau().getLibelle()));
            lignes.stream().filter(l -> l.cellules().get(0).valeur() != null)
                    .max(Comparator.comparing(l -> l.cellules().get(0).valeur()))
                    .ifPresent(l -> texte.append(" ; la plus forte : ").append(l.libelle()).append(" (").append(l.cellules().get(0).getTexte()).append(")"));
            texte.append(". ");
        }
        long secrets = lignes.stream().flatMap(l -> l.cellules().stream()).filter(CelluleTdb::secret).count();
        if (secrets > 0) {
            texte.append(secrets).append(secrets > 1 ? " valeurs sont couvertes" : " valeur est couverte")
                    .append(" par le secret statistique (moins de ").append(SecretStatistique.seuil()).append(" foyers, ou déductible d'un total).");
        }
        return texte.toString().strip();
    }
}

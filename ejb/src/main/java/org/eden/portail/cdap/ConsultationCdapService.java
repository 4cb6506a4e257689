package org.eden.portail.cdap;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.Horloge;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.EvenementTrace;
import org.eden.portail.trace.JournalTraces;
import org.eden.portail.trace.ResultatTrace;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * CDAP (specification §6): a habilitated user consults a dossier allocataire under one of his CDAP
 * profiles. Every call checks everything again — the profile is still his (R-CDAP-1, asked of
 * the habilitations each time), the Caf is his convention's, T4's numéro instructeur (R-CDAP-4),
 * the RSA window of T18/T19 (R-CDAP-5), the matrix (R-CDAP-2, R-CDAP-7) — so a section the
 * profile may not see is never read, let alone sent. Every search and every section is traced
 * with the profile and the file (R-CDAP-6); a refusal too, in its own transaction.
 */
@Stateless
public class ConsultationCdapService {

    static final String RECHERCHE = "CDAP_RECHERCHE";
    static final String SECTION = "CDAP_SECTION";
    static final String CIBLE = "DOSSIER_ALLOCATAIRE";
    private static final SecureRandom ALEA = new SecureRandom();

    @Inject
    BaseAllocataires base;

    @Inject
    MatriceCdapRepository matrices;

    @Inject
    Instance<ProfilsCdap> profilsCdap;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    CafRepository cafs;

    @Inject
    Event<EvenementTrace> traces;

    @Inject
    JournalTraces journal;

    @Inject
    Clock horloge;

    /**
     * R-CDAP-1: the caller's CDAP profiles today. Empty while no habilitation service answers
     * (nobody can hold a profile then).
     */
    public List<String> profilsDisponibles() {
        return profilsCdap.isResolvable() ? profilsCdap.get().profilsDe(acteur()) : List.of();
    }

    /** R-CDAP-1: the Caf of the caller's convention, where his searches go by default. */
    public String cafParDefaut() {
        return utilisateurs.parIdentifiant(acteur())
                .map(Utilisateur::getOrganisme)
                .map(o -> o.getCaf().getCode())
                .orElse(null);
    }

    /**
     * R-CDAP-1, R-CDAP-3, R-CDAP-4, R-CDAP-5: opens a file and answers its fiche de synthèse.
     * A file that does not exist and a file outside the RSA window of T18/T19 get the same answer.
     */
    public FicheSynthese rechercher(String numeroAllocataire, String codeCaf, String profil, String numeroInstructeur) {
        String numero = numeroAllocataire == null ? "" : numeroAllocataire.strip();
        String caf = codeCaf == null || codeCaf.isBlank() ? cafParDefaut() : codeCaf.strip();
        String cible = (caf.length() > 12 ? caf.substring(0, 12) : caf) + "/" + (numero.length() > 12 ? numero.substring(0, 12) : numero);
        String detail = "profil=" + profil + (numeroInstructeur == null || numeroInstructeur.isBlank() ? "" : " instructeur=" + numeroInstructeur.strip());
        return trace(RECHERCHE, cible, detail, () -> {
            if (!numero.matches(ReglesCdap.FORMAT_NUMERO_ALLOCATAIRE)) {
                throw new RegleMetierException("R-CDAP-1", "Le numéro allocataire compte de 1 à 7 chiffres.");
            }
            if (!caf.matches("\\d{3}")) {
                throw new RegleMetierException("R-CDAP-1", "Le code de la Caf compte trois chiffres (par exemple 271).");
            }
            Consultation consultation = new Consultation(caf, numero.replaceFirst("^0+(?=\\d)", ""), profil,
                    numeroInstructeur == null ? null : numeroInstructeur.strip(), List.of());
            MatriceCdap matrice = matrices.matrice();
            DossierAllocataire dossier = ouvrir(consultation);
            consultation = new Consultation(consultation.codeCaf(), consultation.numero(), profil,
                    consultation.numeroInstructeur(), matrice.sectionsOuvertes(profil));
            return synthese(consultation, dossier, matrice);
        });
    }

    public IdentiteAllocataire dossier(Consultation c) {
        return section(c, SectionDossier.DOSSIER, () -> dossierDe(c).identite());
    }

    public Adresse adresse(Consultation c) {
        return section(c, SectionDossier.ADRESSE, () -> dossierDe(c).adresse());
    }

    public List<Droit> droits(Consultation c) {
        return section(c, SectionDossier.DROITS, () -> base.droits(c.codeCaf(), c.numero()));
    }

    public List<Personne> famille(Consultation c) {
        return section(c, SectionDossier.FAMILLE, () -> base.famille(c.codeCaf(), c.numero()));
    }

    public Logement logement(Consultation c) {
        return section(c, SectionDossier.LOGEMENT, () -> dossierDe(c).logement());
    }

    public List<PeriodeRsa> rsa(Consultation c) {
        return section(c, SectionDossier.RSA, () -> base.periodesRsa(c.codeCaf(), c.numero()));
    }

    /** The transfers of the last 24 months, newest first. */
    public List<Paiement> paiements(Consultation c) {
        return section(c, SectionDossier.PAIEMENT, () -> base.paiements(c.codeCaf(), c.numero(),
                aujourdhui().minusMonths(ReglesCdap.MOIS_DE_PAIEMENTS).withDayOfMonth(1), aujourdhui()));
    }

    public List<Courrier> courriers(Consultation c) {
        return section(c, SectionDossier.COURRIER, () -> base.courriers(c.codeCaf(), c.numero()));
    }

    /** R-CDAP-7: under "QF seulement" (T2 by default) the declared income is not even read. */
    public RessourcesVue ressources(Consultation c) {
        return section(c, SectionDossier.RESSOURCES, () -> {
            DossierAllocataire d = dossierDe(c);
            if (matrices.matrice().acces(c.profil(), SectionDossier.RESSOURCES) == Acces.QF_SEUL) {
                return new RessourcesVue(d.quotientFamilial(), null, List.of(), true);
            }
            return new RessourcesVue(d.quotientFamilial(), d.revenusAnnee(), base.ressources(c.codeCaf(), c.numero()), false);
        });
    }

    public List<Creance> creances(Consultation c) {
        return section(c, SectionDossier.CREANCES, () -> base.creances(c.codeCaf(), c.numero()));
    }

    /** The months an attestation can cover: the last 24 months of transfers. */
    public YearMonth premierMoisAttestable() {
        return YearMonth.from(aujourdhui()).minusMonths(ReglesCdap.MOIS_DE_PAIEMENTS);
    }

    /**
     * R-CDAP-2: the attestation de paiement of the transfers paid from the first day of {@code du}
     * to the last day of {@code au}; its verification reference is written in the trace.
     */
    public AttestationPdf attestation(Consultation c, YearMonth du, YearMonth au) {
        String reference = "ATT-" + c.codeCaf() + "-" + c.numero() + "-"
                + aujourdhui().format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + HexFormat.of().withUpperCase().formatHex(octets(4));
        return trace(SECTION, c.getReference(), "profil=" + c.profil() + " section=" + SectionDossier.ATTESTATION
                + " reference=" + reference, () -> {
            verifier(c, SectionDossier.ATTESTATION);
            if (du == null || au == null || du.isAfter(au) || du.isBefore(premierMoisAttestable()) || au.isAfter(YearMonth.from(aujourdhui()))) {
                throw new RegleMetierException("R-CDAP-2", "Choisissez une période dans les " + ReglesCdap.MOIS_DE_PAIEMENTS
                        + " derniers mois, le premier mois avant le dernier.");
            }
            DossierAllocataire d = dossierDe(c);
            LocalDate debut = du.atDay(1);
            LocalDate fin = au.atEndOfMonth();
            Caf caf = cafs.cafParCode(c.codeCaf()).orElse(null);
            List<String> adresseCaf = caf == null || caf.getAdresse() == null ? List.of()
                    : List.of(caf.getAdresse().getLigne(), caf.getAdresse().getCodePostal() + " " + caf.getAdresse().getCommune());
            String ville = caf == null || caf.getAdresse() == null ? "" : caf.getAdresse().getCommune();
            byte[] pdf = new AttestationPaiement().produire(new AttestationPaiement.Contenu(
                    caf == null ? "Caf " + c.codeCaf() : caf.getNom(), adresseCaf, ville, d.identite(), c.numero(),
                    debut, fin, base.paiements(c.codeCaf(), c.numero(), debut, fin), aujourdhui(), reference));
            return new AttestationPdf(reference, "attestation-paiement-" + c.numero() + "-" + du + "-" + au + ".pdf", pdf);
        });
    }

    private FicheSynthese synthese(Consultation c, DossierAllocataire d, MatriceCdap matrice) {
        String profil = c.profil();
        String caf = c.codeCaf();
        String numero = c.numero();
        IdentiteAllocataire identite = matrice.permet(profil, SectionDossier.DOSSIER) ? d.identite() : null;
        String commune = matrice.permet(profil, SectionDossier.ADRESSE)
                ? d.adresse().getCodePostal() + " " + d.adresse().getCommune() : null;
        String composition = null;
        if (matrice.permet(profil, SectionDossier.FAMILLE)) {
            List<Personne> famille = base.famille(caf, numero);
            long enfants = famille.stream().filter(p -> "ENFANT".equals(p.role())).count();
            boolean couple = famille.stream().anyMatch(p -> "CONJOINT".equals(p.role()));
            composition = (couple ? "Couple" : "Personne seule") + (enfants == 0 ? ", sans enfant"
                    : enfants == 1 ? ", 1 enfant" : ", " + enfants + " enfants");
        }
        BigDecimal totalDroits = null;
        Integer nombreDroits = null;
        if (matrice.permet(profil, SectionDossier.DROITS)) {
            List<Droit> enCours = base.droits(caf, numero).stream().filter(x -> x.fin() == null).toList();
            totalDroits = enCours.stream().map(Droit::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
            nombreDroits = enCours.size();
        }
        Boolean rsaEnCours = matrice.permet(profil, SectionDossier.RSA)
                ? base.periodesRsa(caf, numero).stream().anyMatch(PeriodeRsa::isEnCours) : null;
        Paiement dernier = matrice.permet(profil, SectionDossier.PAIEMENT)
                ? base.paiements(caf, numero, aujourdhui().minusMonths(ReglesCdap.MOIS_DE_PAIEMENTS), aujourdhui()).stream()
                .findFirst().orElse(null) : null;
        QuotientFamilial qf = matrice.permet(profil, SectionDossier.RESSOURCES) ? d.quotientFamilial() : null;
        BigDecimal resteDu = matrice.permet(profil, SectionDossier.CREANCES)
                ? base.creances(caf, numero).stream().map(Creance::resteDu).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        return new FicheSynthese(c, identite, commune, composition, totalDroits, nombreDroits, rsaEnCours, dernier, qf, resteDu);
    }

    private <T> T section(Consultation c, SectionDossier section, Supplier<T> lecture) {
        return trace(SECTION, c.getReference(), "profil=" + c.profil() + " section=" + section, () -> {
            verifier(c, section);
            return lecture.get();
        });
    }

    /** Everything a section needs, checked again: the opening conditions, then the matrix. */
    private void verifier(Consultation c, SectionDossier section) {
        ouvrir(c);
        if (!matrices.matrice().permet(c.profil(), section)) {
            throw new AuthorizationException("R-CDAP-2 : le profil " + c.profil() + " n'ouvre pas la section « "
                    + section.getLibelle() + " ».");
        }
    }

    /** R-CDAP-1, R-CDAP-4, R-CDAP-5: may the caller open this file under this profile? */
    private DossierAllocataire ouvrir(Consultation c) {
        String profil = c.profil();
        if (profil == null || !profilsDisponibles().contains(profil)) {
            throw new AuthorizationException("R-CDAP-1 : le profil CDAP " + profil + " n'est pas le vôtre.");
        }
        String cafDeLaConvention = cafParDefaut();
        if (!c.codeCaf().equals(cafDeLaConvention)) {
            throw new AuthorizationException("R-CDAP-1 : votre convention ne couvre que les dossiers de la Caf "
                    + cafDeLaConvention + ".");
        }
        if (ReglesCdap.PROFIL_INSTRUCTEUR.equals(profil)
                && (c.numeroInstructeur() == null || !c.numeroInstructeur().matches(ReglesCdap.FORMAT_NUMERO_INSTRUCTEUR))) {
            throw new RegleMetierException("R-CDAP-4", "Le profil " + profil
                    + " saisit son numéro instructeur (3 à 20 lettres, chiffres ou tirets) avant d'ouvrir un dossier.");
        }
        DossierAllocataire dossier = base.dossier(c.codeCaf(), c.numero()).orElseThrow(ConsultationCdapService::introuvable);
        if (ReglesCdap.PROFILS_FENETRE_RSA.contains(profil)
                && base.periodesRsa(c.codeCaf(), c.numero()).stream()
                .noneMatch(p -> p.dansLaFenetre(aujourdhui(), ReglesCdap.FENETRE_RSA_MOIS))) {
            throw introuvable();
        }
        return dossier;
    }

    /** R-CDAP-5: one exception, one message, one trace for "absent" and for "out of reach". */
    private static RegleMetierException introuvable() {
        return new RegleMetierException("R-CDAP-5", ReglesCdap.INTROUVABLE);
    }

    private DossierAllocataire dossierDe(Consultation c) {
        return base.dossier(c.codeCaf(), c.numero()).orElseThrow(ConsultationCdapService::introuvable);
    }

    /**
     * R-CDAP-6: the success is traced in the call's transaction, a refusal (R-CDAP-1, R-CDAP-2) or
     * a failure (R-CDAP-4, R-CDAP-5) in a transaction of its own; both carry profile and section.
     */
    private <T> T trace(String action, String cible, String detail, Supplier<T> appel) {
        T resultat;
        try {
            resultat = appel.get();
        } catch (AuthorizationException refus) {
            journal.enregistrerEchec(new EvenementTrace(action, CIBLE, cible, ResultatTrace.REFUS,
                    limiter(detail + " " + refus.getMessage()), null, null));
            throw refus;
        } catch (RegleMetierException echec) {
            journal.enregistrerEchec(new EvenementTrace(action, CIBLE, cible, ResultatTrace.ECHEC,
                    limiter(detail + " " + echec.getRegle()), null, null));
            throw echec;
        }
        traces.fire(new EvenementTrace(action, CIBLE, cible, ResultatTrace.SUCCES, limiter(detail), null, null));
        return resultat;
    }

    private static String limiter(String detail) {
        return detail.length() <= 200 ? detail : detail.substring(0, 200);
    }

    private LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(Horloge.FUSEAU));
    }

    private static String acteur() {
        return String.valueOf(SecurityUtils.getSubject().getPrincipal());
    }

    private static byte[] octets(int n) {
        byte[] b = new byte[n];
        ALEA.nextBytes(b);
        return b;
    }
}

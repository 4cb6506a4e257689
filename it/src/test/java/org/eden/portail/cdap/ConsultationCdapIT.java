package org.eden.portail.cdap;

import org.eden.portail.shared.ReferentielDeTest;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.navigateur.Navigateur;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.convention.Contact;
import org.eden.portail.convention.ConventionService;
import org.eden.portail.convention.ConventionVue;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.convention.NouvelleConvention;
import org.eden.portail.convention.QuotaDemande;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.habilitation.GroupeService;
import org.eden.portail.habilitation.GroupeVue;
import org.eden.portail.habilitation.UtilisateursPartenaireService;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Horloge;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.TypeOrganisme;
import org.eden.portail.shared.ConventionsDeTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.eden.portail.shared.EnTantQue.en;
import static org.eden.portail.shared.ReferentielDeTest.MOT_DE_PASSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consultation as habilitated users live it (H2 and PostgreSQL): a convention of Caf 985 with
 * a CDAP bulletin for the six profiles, validated through ConventionService; its administrateur
 * partenaire creates one group per profile (GroupeService), one user per group and a user in two
 * groups (UtilisateursPartenaireService): the profiles come from the real habilitations. Then the
 * matrix for every profile × section, T4, T18/T19, the traces, the PDF, and the HTML and AJAX
 * responses of the screen. Caf 985 is this class's.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationCdapIT {

    static final String CAF = "985";
    static final String SIRET = "98500000000010";
    static final String ADMINISTRATEUR_CAF = "ADM985001";
    static final String VERIFICATEUR_CAF = "VER985001";
    static final long GRAINE = 985;
    static final int DOSSIERS = 400;
    /** One user per profile, named so that their identifiers are known (R-HAB-1: 3 letters, Caf, sequence). */
    static final Map<String, String> UTILISATEURS = new LinkedHashMap<>();

    static {
        UTILISATEURS.put("T1", "ALP985001");
        UTILISATEURS.put("T2", "BRA985001");
        UTILISATEURS.put("T4", "CHA985001");
        UTILISATEURS.put("T5", "DEL985001");
        UTILISATEURS.put("T18", "ECH985001");
        UTILISATEURS.put("T19", "FOX985001");
    }

    static final String DEUX_PROFILS = "GOL985001";
    static final String INSTRUCTEUR = "INS-27-042";
    /** The demo's T2 agent of the CIAS (HabilitationsDemo: Sarah Dupont, group Action sociale › Accueil). */
    static final String DEMO_T2 = "DUP271001";

    @Inject
    ConsultationCdapService consultation;

    @Inject
    MatriceCdapRepository matrices;

    @Inject
    ConventionService conventions;

    @Inject
    GroupeService groupes;

    @Inject
    UtilisateursPartenaireService utilisateursPartenaire;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource dataSource;

    /** The first file of the test base that satisfies the condition. */
    static String numero(Predicate<DossierGenere> condition) {
        GenerateurDossiers g = DossiersDeTest.generateur(GRAINE);
        for (int rang = 0; rang < DOSSIERS; rang++) {
            DossierGenere d = g.generer(CAF, rang);
            if (condition.test(d)) {
                return d.dossier().numero();
            }
        }
        throw new IllegalStateException("aucun dossier d'essai ne convient");
    }

    static boolean rsaEnCours(DossierGenere d) {
        return d.periodesRsa().stream().anyMatch(PeriodeRsa::isEnCours) && !d.creances().isEmpty() && d.dossier().quotientFamilial().isConnu();
    }

    static boolean rsaFiniDepuis(DossierGenere d, int moisMin, int moisMax) {
        LocalDate jour = LocalDate.now(Horloge.FUSEAU);
        return d.periodesRsa().size() == 1 && !d.periodesRsa().get(0).isEnCours()
                && d.periodesRsa().get(0).fin().isAfter(jour.minusMonths(moisMax))
                && d.periodesRsa().get(0).fin().isBefore(jour.minusMonths(moisMin));
    }

    // In the server before the HTTP and browser tests that log in with these accounts: @BeforeAll runs
    // in the test JVM only, and a @BeforeEach would run there too, before the @RunAsClient tests.
    @Test
    @Order(1)
    @DisplayName("Préalable : les profils CDAP viennent de vraies habilitations (convention validée, groupes, rattachements) ; chacun ne dispose que des siens, l'administrateur partenaire d'aucun")
    void habilitations() throws Exception {
        transaction.begin();
        Caf caf = referentiel.caf(CAF, "Caf d'essai de la consultation", new Adresse("3, rue des Essais", "27000", "Évreux"));
        OrganismePartenaire organisme = referentiel.organisme(caf, "CCAS d'essai de la consultation", SIRET, TypeOrganisme.CCAS_CIAS,
                new Adresse("4, rue du CCAS", "27000", "Évreux"));
        String hash = HachageMotDePasse.hacher(MOT_DE_PASSE);
        utilisateurs.enregistrer(Utilisateur.agentCaf(caf, ADMINISTRATEUR_CAF, "Essai", "Admin", "adm985@caf985.test", hash,
                HorlogeDuServeur.maintenant(), EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF)));
        utilisateurs.enregistrer(Utilisateur.agentCaf(caf, VERIFICATEUR_CAF, "Essai", "Verif", "ver985@caf985.test", hash,
                HorlogeDuServeur.maintenant(), EnumSet.of(RoleCaf.VERIFICATEUR_CAF)));
        DossiersDeTest.ecrire(dataSource, GRAINE, CAF, DOSSIERS);
        transaction.commit();
        Long organismeId = organisme.getId();

        List<QuotaDemande> quotas = new ArrayList<>();
        for (String profil : UTILISATEURS.keySet()) {
            quotas.add(new QuotaDemande(ServiceCatalogue.CDAP, profil, 5, 5));
        }
        ConventionVue validee = ConventionsDeTest.validee(conventions, CAF, ADMINISTRATEUR_CAF, VERIFICATEUR_CAF,
                new NouvelleConvention(organismeId, ModeGestion.DELEGUE, LocalDate.of(2026, 1, 1),
                        new Contact("Hotel", "Hugo", "hotel@ccas985.test", null), null, null, null, quotas));
        String administrateur = validee.administrateur().getIdentifiantCompte();
        assertNotNull(administrateur);

        String[] noms = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"};
        Map<String, Long> groupeDuProfil = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> profil : UTILISATEURS.entrySet()) {
            GroupeVue groupe = en(administrateur, () -> groupes.creerGroupe(organismeId, "Consultation " + profil.getKey()));
            en(administrateur, () -> groupes.attribuerRole(groupe.id(), ServiceCatalogue.CDAP, profil.getKey()));
            groupeDuProfil.put(profil.getKey(), groupe.id());
            String nom = noms[i++];
            String identifiant = en(administrateur, () -> utilisateursPartenaire.creerUtilisateur(organismeId, nom, "Agent",
                    nom.toLowerCase() + "@ccas985.test")).identifiant();
            assertEquals(profil.getValue(), identifiant);
            en(administrateur, () -> utilisateursPartenaire.rattacher(groupe.id(), identifiant));
        }
        String golf = en(administrateur, () -> utilisateursPartenaire.creerUtilisateur(organismeId, "Golf", "Agent", "golf@ccas985.test")).identifiant();
        assertEquals(DEUX_PROFILS, golf);
        en(administrateur, () -> utilisateursPartenaire.rattacher(groupeDuProfil.get("T1"), golf));
        en(administrateur, () -> utilisateursPartenaire.rattacher(groupeDuProfil.get("T2"), golf));

        // The HTTP tests log in: a personal password and the usage rules accepted, as after a first login.
        transaction.begin();
        for (String identifiant : new ArrayList<>(UTILISATEURS.values()) {{ add(DEUX_PROFILS); }}) {
            Utilisateur u = utilisateurs.parIdentifiant(identifiant).orElseThrow();
            u.changerMotDePasse(hash, HorlogeDuServeur.maintenant(), 0);
            referentiel.accepterRegles(u);
        }
        transaction.commit();

        for (Map.Entry<String, String> profil : UTILISATEURS.entrySet()) {
            assertEquals(List.of(profil.getKey()), en(profil.getValue(), () -> consultation.profilsDisponibles()));
        }
        assertEquals(List.of("T1", "T2"), en(DEUX_PROFILS, () -> consultation.profilsDisponibles()));
        assertEquals(List.of(), en(administrateur, () -> consultation.profilsDisponibles()), "R-HAB-12");
    }

    @Test
    @Order(2)
    @DisplayName("R-CDAP-2, R-CDAP-3, R-CDAP-7 : pour chaque profil et chaque section, la section s'ouvre si et seulement si la matrice le permet")
    void matriceProfilSection() {
        String numero = numero(ConsultationCdapIT::rsaEnCours);
        MatriceCdap matrice = matrices.matrice();
        for (Map.Entry<String, String> u : UTILISATEURS.entrySet()) {
            String profil = u.getKey();
            en(u.getValue(), () -> {
                FicheSynthese fiche = consultation.rechercher(numero, CAF, profil, "T4".equals(profil) ? INSTRUCTEUR : null);
                Consultation c = fiche.getConsultation();
                assertEquals(matrice.sectionsOuvertes(profil), c.sections(), profil);
                // R-CDAP-3: the synthesis carries only what the profile may see.
                assertEquals(matrice.permet(profil, SectionDossier.DOSSIER), fiche.getIdentite() != null, profil);
                assertEquals(matrice.permet(profil, SectionDossier.ADRESSE), fiche.getCommune() != null, profil);
                assertEquals(matrice.permet(profil, SectionDossier.FAMILLE), fiche.getComposition() != null, profil);
                assertEquals(matrice.permet(profil, SectionDossier.DROITS), fiche.getTotalDroits() != null, profil);
                assertEquals(matrice.permet(profil, SectionDossier.RSA), fiche.getRsaEnCours() != null, profil);
                assertEquals(matrice.permet(profil, SectionDossier.PAIEMENT), fiche.getDernierPaiement() != null, profil);
                assertEquals(matrice.permet(profil, SectionDossier.RESSOURCES), fiche.getQuotientFamilial() != null, profil);
                assertEquals(matrice.permet(profil, SectionDossier.CREANCES), fiche.getResteDu() != null, profil);
                for (SectionDossier section : SectionDossier.values()) {
                    Callable<Object> lecture = switch (section) {
                        case DOSSIER -> () -> consultation.dossier(c);
                        case DROITS -> () -> consultation.droits(c);
                        case ADRESSE -> () -> consultation.adresse(c);
                        case FAMILLE -> () -> consultation.famille(c);
                        case LOGEMENT -> () -> consultation.logement(c);
                        case RSA -> () -> consultation.rsa(c);
                        case PAIEMENT -> () -> consultation.paiements(c);
                        case COURRIER -> () -> consultation.courriers(c);
                        case RESSOURCES -> () -> consultation.ressources(c);
                        case CREANCES -> () -> consultation.creances(c);
                        case ATTESTATION -> () -> consultation.attestation(c, YearMonth.now(Horloge.FUSEAU).minusMonths(2),
                                YearMonth.now(Horloge.FUSEAU));
                    };
                    if (matrice.permet(profil, section)) {
                        assertNotNull(lecture.call(), profil + " × " + section);
                    } else {
                        AuthorizationException refus = assertThrows(AuthorizationException.class, lecture::call, profil + " × " + section);
                        assertTrue(refus.getMessage().startsWith("R-CDAP-2"), refus.getMessage());
                    }
                }
                return null;
            });
        }
        // A forged consultation that claims more sections opens nothing more.
        Consultation forgee = new Consultation(CAF, numero, "T2", null, List.of(SectionDossier.values()));
        assertThrows(AuthorizationException.class, () -> en(UTILISATEURS.get("T2"), () -> consultation.droits(forgee)));
    }

    @Test
    @Order(3)
    @DisplayName("R-CDAP-7 : sous T2, Ressources ne donne que le quotient familial, jamais les revenus déclarés ; T1 voit tout")
    void ressourcesQfSeulement() {
        String numero = numero(ConsultationCdapIT::rsaEnCours);
        RessourcesVue t2 = en(UTILISATEURS.get("T2"), () -> consultation.ressources(consultation.rechercher(numero, null, "T2", null).getConsultation()));
        assertTrue(t2.qfSeulement());
        assertTrue(t2.lignes().isEmpty());
        assertNull(t2.annee());
        assertTrue(t2.quotientFamilial().isConnu());
        RessourcesVue t1 = en(UTILISATEURS.get("T1"), () -> consultation.ressources(consultation.rechercher(numero, null, "T1", null).getConsultation()));
        assertFalse(t1.qfSeulement());
        assertFalse(t1.lignes().isEmpty());
        assertEquals(t2.quotientFamilial().valeur(), t1.quotientFamilial().valeur());
        String inconnu = numero(d -> !d.dossier().quotientFamilial().isConnu());
        assertEquals("non connu", en(UTILISATEURS.get("T2"), () -> consultation.rechercher(inconnu, null, "T2", null))
                .getQuotientFamilial().getLibelle(), "R-CDAP-2 : QF « non connu »");
    }

    @Test
    @Order(4)
    @DisplayName("R-CDAP-1 : seul un profil détenu se met en vigueur ; un utilisateur à deux profils choisit ; la Caf est celle de la convention")
    void profilEnVigueur() {
        String numero = numero(ConsultationCdapIT::rsaEnCours);
        assertThrows(AuthorizationException.class, () -> en(UTILISATEURS.get("T2"), () -> consultation.rechercher(numero, null, "T1", null)));
        assertEquals(11, en(DEUX_PROFILS, () -> consultation.rechercher(numero, null, "T1", null)).getConsultation().sections().size());
        assertEquals(4, en(DEUX_PROFILS, () -> consultation.rechercher(numero, null, "T2", null)).getConsultation().sections().size());
        assertEquals(CAF, en(UTILISATEURS.get("T1"), () -> consultation.cafParDefaut()));
        assertThrows(AuthorizationException.class, () -> en(UTILISATEURS.get("T1"), () -> consultation.rechercher(numero, "271", "T1", null)));
        RegleMetierException format = assertThrows(RegleMetierException.class,
                () -> en(UTILISATEURS.get("T1"), () -> consultation.rechercher("12345678", null, "T1", null)));
        assertEquals("R-CDAP-1", format.getRegle());
    }

    @Test
    @Order(5)
    @DisplayName("R-CDAP-4 : sous T4, pas de dossier sans numéro instructeur")
    void t4NumeroInstructeur() {
        String numero = numero(ConsultationCdapIT::rsaEnCours);
        String t4 = UTILISATEURS.get("T4");
        for (String mauvais : new String[]{null, "", "  ", "a", "numéro instructeur trop long pour être vrai"}) {
            RegleMetierException refus = assertThrows(RegleMetierException.class, () -> en(t4, () -> consultation.rechercher(numero, null, "T4", mauvais)));
            assertEquals("R-CDAP-4", refus.getRegle());
        }
        FicheSynthese fiche = en(t4, () -> consultation.rechercher(numero, null, "T4", INSTRUCTEUR));
        assertEquals(INSTRUCTEUR, fiche.getConsultation().numeroInstructeur());
        Consultation sansNumero = new Consultation(CAF, numero, "T4", null, fiche.getConsultation().sections());
        assertThrows(RegleMetierException.class, () -> en(t4, () -> consultation.droits(sansNumero)), "chaque section redemande le numéro");
    }

    @Test
    @Order(6)
    @DisplayName("R-CDAP-5 : T18 et T19 n'ouvrent que les dossiers avec du RSA depuis moins de 24 mois ; sinon la même réponse qu'un dossier absent")
    void fenetreRsa() throws Exception {
        String enCours = numero(d -> d.periodesRsa().stream().anyMatch(PeriodeRsa::isEnCours));
        String recent = numero(d -> rsaFiniDepuis(d, 2, 22));
        String ancien = numero(d -> rsaFiniDepuis(d, 26, 60));
        String jamais = numero(d -> d.periodesRsa().isEmpty());
        java.util.Set<String> connus = new java.util.HashSet<>();
        for (int rang = 0; rang < DOSSIERS; rang++) {
            connus.add(DossiersDeTest.generateur(GRAINE).numero(rang));
        }
        String absent = connus.contains("9999999") ? "9999998" : "9999999";
        for (String profil : List.of("T18", "T19")) {
            String u = UTILISATEURS.get(profil);
            assertNotNull(en(u, () -> consultation.rechercher(enCours, null, profil, null)));
            assertNotNull(en(u, () -> consultation.rechercher(recent, null, profil, null)));
            List<String> messages = new ArrayList<>();
            for (String ferme : List.of(ancien, jamais, absent)) {
                RegleMetierException refus = assertThrows(RegleMetierException.class, () -> en(u, () -> consultation.rechercher(ferme, null, profil, null)));
                assertEquals("R-CDAP-5", refus.getRegle());
                messages.add(refus.getMessage());
            }
            assertEquals(List.of(ReglesCdap.INTROUVABLE, ReglesCdap.INTROUVABLE, ReglesCdap.INTROUVABLE), messages);
            // The same trace for the file out of the window and the missing one.
            assertEquals(traces("CDAP_RECHERCHE", u, CAF + "/" + absent), traces("CDAP_RECHERCHE", u, CAF + "/" + ancien));
            assertEquals(List.of("ECHEC profil=" + profil + " R-CDAP-5"), traces("CDAP_RECHERCHE", u, CAF + "/" + ancien));
        }
        assertNotNull(en(UTILISATEURS.get("T1"), () -> consultation.rechercher(ancien, null, "T1", null)), "T1 n'a pas de fenêtre");
    }

    @Test
    @Order(7)
    @DisplayName("R-CDAP-6 : chaque recherche et chaque section ouverte sont tracées (utilisateur, profil, numéro, section), les refus aussi")
    void traces() throws Exception {
        String numero = numero(d -> d.courriers().size() >= 2 && d.periodesRsa().isEmpty());
        String t5 = UTILISATEURS.get("T5");
        en(t5, () -> {
            Consultation c = consultation.rechercher(numero, null, "T5", null).getConsultation();
            consultation.courriers(c);
            consultation.paiements(c);
            assertThrows(AuthorizationException.class, () -> consultation.creances(c));
            return null;
        });
        assertEquals(List.of("SUCCES profil=T5"), traces("CDAP_RECHERCHE", t5, CAF + "/" + numero));
        List<String> sections = traces("CDAP_SECTION", t5, CAF + "/" + numero);
        assertEquals(3, sections.size(), sections.toString());
        assertEquals("SUCCES profil=T5 section=COURRIER", sections.get(0));
        assertEquals("SUCCES profil=T5 section=PAIEMENT", sections.get(1));
        assertTrue(sections.get(2).startsWith("REFUS profil=T5 section=CREANCES R-CDAP-2"), sections.get(2));
    }

    @Test
    @Order(8)
    @DisplayName("R-CDAP-2 : l'attestation de paiement, relue avec PDFBox : Caf, allocataire, paiements de la période, référence tracée")
    void attestation() throws Exception {
        String numero = numero(d -> d.paiements().size() >= 3);
        DossierGenere attendu = DossiersDeTest.generateur(GRAINE).generer(CAF, rangDe(numero));
        YearMonth fin = YearMonth.now(Horloge.FUSEAU);
        YearMonth debut = fin.minusMonths(5);
        AttestationPdf pdf = en(UTILISATEURS.get("T2"), () -> consultation.attestation(
                consultation.rechercher(numero, null, "T2", null).getConsultation(), debut, fin));
        try (PDDocument document = Loader.loadPDF(pdf.getContenu())) {
            String texte = new PDFTextStripper().getText(document).replace('\u00A0', ' ');
            assertTrue(texte.contains("Caf d'essai de la consultation"), texte);
            assertTrue(texte.contains("Numéro allocataire : " + numero), texte);
            assertTrue(texte.contains(attendu.dossier().identite().prenom()), texte);
            assertTrue(texte.contains("Référence de vérification : " + pdf.getReference()), texte);
            for (Paiement p : attendu.paiements()) {
                boolean dansLaPeriode = !p.date().isBefore(debut.atDay(1)) && !p.date().isAfter(fin.atEndOfMonth());
                assertEquals(dansLaPeriode, texte.contains(FormatFrancais.date(p.date())), p.date().toString());
                if (dansLaPeriode) {
                    assertTrue(texte.contains(FormatFrancais.montant(p.montant()).replace('\u00A0', ' ')), p.montant().toString());
                }
            }
        }
        assertTrue(pdf.getReference().startsWith("ATT-" + CAF + "-" + numero + "-"));
        List<String> traces = traces("CDAP_SECTION", UTILISATEURS.get("T2"), CAF + "/" + numero);
        assertTrue(traces.contains("SUCCES profil=T2 section=ATTESTATION reference=" + pdf.getReference()), traces.toString());
        RegleMetierException periode = assertThrows(RegleMetierException.class, () -> en(UTILISATEURS.get("T2"), () -> consultation.attestation(
                consultation.rechercher(numero, null, "T2", null).getConsultation(), fin, debut)));
        assertEquals("R-CDAP-2", periode.getRegle());
    }

    @Test
    @Order(9)
    @RunAsClient
    @DisplayName("R-CDAP-2 : le HTML et les réponses AJAX de l'écran ne contiennent jamais une section interdite au profil T2")
    void htmlEtAjax() throws Exception {
        DossierGenere d = DossiersDeTest.generateur(GRAINE).generer(CAF, rangDe(numero(ConsultationCdapIT::rsaEnCours)));
        String numero = d.dossier().numero();
        SessionHttp session = SessionHttp.connecter(UTILISATEURS.get("T2"), MOT_DE_PASSE);
        String page = session.get("/cdap/consultation.xhtml");
        assertTrue(page.contains("recherche:numero"), page);
        String synthese = session.ajax("recherche:rechercher", "recherche", "recherche dossier",
                Map.of("recherche", "recherche", "recherche:caf", CAF, "recherche:numero", numero));
        String nom = d.dossier().identite().nom();
        assertTrue(synthese.contains(nom), synthese);
        assertFalse(synthese.contains("<error>"), synthese);
        assertTrue(synthese.contains("fiche:onglets:FAMILLE"));
        assertTrue(synthese.contains("fiche:onglets:RESSOURCES"));
        assertTrue(synthese.contains("fiche:onglets:ATTESTATION"));
        for (String interdit : List.of("DROITS", "ADRESSE", "LOGEMENT", "RSA", "PAIEMENT", "COURRIER", "CREANCES")) {
            assertFalse(synthese.contains("fiche:onglets:" + interdit), interdit);
        }
        List<String> secrets = new ArrayList<>();
        secrets.add(d.dossier().adresse().getLigne());
        secrets.add(d.dossier().logement().statut());
        d.droits().forEach(x -> secrets.add(x.prestation().getLibelle()));
        d.paiements().forEach(p -> secrets.add(FormatFrancais.montant(p.montant())));
        // (a letter's subject that is also the title of T2's attestation tab is no secret)
        d.courriers().stream().map(Courrier::objet).filter(o -> !o.equals("Attestation de paiement")).forEach(secrets::add);
        d.creances().forEach(c -> secrets.add(c.nature()));
        d.ressources().forEach(r -> secrets.add(r.nature()));
        assertAbsents(synthese, secrets);

        String famille = session.onglet("fiche:onglets", "FAMILLE");
        assertTrue(famille.contains(d.famille().get(0).prenom()), famille);
        assertFalse(famille.contains("<error>"), famille);
        assertAbsents(famille, secrets);
        String ressources = session.onglet("fiche:onglets", "RESSOURCES");
        assertTrue(ressources.contains(d.dossier().quotientFamilial().getLibelle().replace(" €", "")), ressources);
        assertAbsents(ressources, secrets);
        // A forged request for a tab that is not on the page gets none of its data.
        for (String interdit : List.of("DROITS", "PAIEMENT", "CREANCES", "COURRIER", "ADRESSE")) {
            assertAbsents(session.onglet("fiche:onglets", interdit), secrets);
        }
    }

    @Test
    @Order(10)
    @RunAsClient
    @DisplayName("R-CDAP-2, R-CDAP-3 (navigateur, données de démonstration, H2) : l'utilisatrice T2 du CIAS ouvre un dossier et ne voit que ce que T2 voit")
    void navigateurDemoT2() {
        org.junit.jupiter.api.Assumptions.assumeTrue("h2".equals(System.getProperty("arquillian.launch")),
                "les données de démonstration n'existent que sur H2");
        GenerateurDossiers demo = DossiersDeTest.generateur(DossiersDemo.GRAINE);
        DossierGenere d = demo.generer("271", 0);
        try (org.eden.portail.navigateur.Navigateur navigateur = new org.eden.portail.navigateur.Navigateur(Http.base())) {
            navigateur.seConnecter(DEMO_T2, org.eden.portail.shared.DonneesDemo.MOT_DE_PASSE_DEMO);
            navigateur.attendre(org.openqa.selenium.By.id("tuiles"));
            assertTrue(navigateur.source().contains("Dossiers allocataires"), "tuile CDAP");
            navigateur.ouvrir("/cdap/consultation.xhtml");
            assertEquals("T2", navigateur.texte("profil-unique"));
            navigateur.saisir("recherche:numero", d.dossier().numero());
            navigateur.cliquer("recherche:rechercher");
            assertTrue(navigateur.texte("synthese-nom").contains(d.dossier().identite().nom()));
            assertEquals(d.dossier().quotientFamilial().getLibelle(), navigateur.texte("synthese-qf").replace('\u00A0', ' '));
            navigateur.capturer("cdap-t2-synthese");
            String page = navigateur.source();
            for (String onglet : List.of("Synthèse", "Dossier", "Famille", "Ressources", "Attestation de paiement")) {
                assertTrue(page.contains(">" + onglet + "<"), onglet);
            }
            for (String interdit : List.of("DROITS", "ADRESSE", "LOGEMENT", "RSA", "PAIEMENT", "COURRIER", "CREANCES")) {
                assertFalse(page.contains("fiche:onglets:" + interdit), interdit);
            }
            assertFalse(page.contains(d.dossier().adresse().getLigne()));
            navigateur.attendre(org.openqa.selenium.By.cssSelector("a[href='#fiche:onglets:RESSOURCES']")).click();
            assertEquals(d.dossier().quotientFamilial().getLibelle(), navigateur.texte("ressources-qf").replace('\u00A0', ' '));
            assertFalse(navigateur.source().contains("Ressources déclarées"));
            navigateur.capturer("cdap-t2-ressources");
            navigateur.attendre(org.openqa.selenium.By.cssSelector("a[href='#fiche:onglets:FAMILLE']")).click();
            navigateur.attendre(org.openqa.selenium.By.id("fiche:onglets:table-famille"));
            assertTrue(navigateur.source().contains(d.famille().get(0).prenom()));
            navigateur.capturer("cdap-t2-famille");
        }
    }

    private static void assertAbsents(String reponse, List<String> secrets) {
        for (String secret : secrets) {
            String lisible = SessionHttp.lisible(secret);
            assertFalse(reponse.contains(lisible), "« " + lisible + " » a atteint le navigateur");
        }
    }

    static int rangDe(String numero) {
        GenerateurDossiers g = DossiersDeTest.generateur(GRAINE);
        for (int rang = 0; rang < DOSSIERS; rang++) {
            if (g.numero(rang).equals(numero)) {
                return rang;
            }
        }
        throw new IllegalArgumentException(numero);
    }

    private List<String> traces(String action, String identifiant, String cible) throws Exception {
        List<String> lignes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement sql = c.prepareStatement("SELECT resultat, detail FROM trace WHERE action = ? AND identifiant = ? AND cible_id = ? ORDER BY id")) {
            sql.setString(1, action);
            sql.setString(2, identifiant);
            sql.setString(3, cible);
            try (ResultSet r = sql.executeQuery()) {
                while (r.next()) {
                    lignes.add(r.getString(1) + " " + r.getString(2));
                }
            }
        }
        return lignes;
    }

}

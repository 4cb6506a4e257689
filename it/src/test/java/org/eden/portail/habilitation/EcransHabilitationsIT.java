package org.eden.portail.habilitation;

import org.eden.portail.shared.PilotageCompte;
import org.eden.portail.shared.ReferentielDeTest;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.convention.Contact;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ConventionService;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.convention.NouvelleConvention;
import org.eden.portail.convention.QuotaDemande;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.convention.StatutConvention;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.StatutCompte;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.BoiteCourrielDeTest;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.LectureSeule;
import org.eden.portail.shared.TypeOrganisme;
import org.eden.portail.shared.ConventionsDeTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.eden.portail.shared.BoiteCourrielDeTest.destinataire;
import static org.eden.portail.shared.EnTantQue.en;
import static org.eden.portail.shared.EnTantQue.sujet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The habilitation screens on the real server (H2 and PostgreSQL). Seed 001's worked example in a
 * real browser: a commune's administrateur creates a T1 group and a T2 group, creates an
 * assistante sociale, a responsable petite enfance and a directrice de crèche, attaches them;
 * each receives two mails; the assistante sociale logs in for the first time. The users list's
 * query (filters, sort, pages, a responsable's scope) is the database's. Forged ids of another
 * organisation open nothing (403 page); the Caf's back office (R-HAB-7) takes the management back
 * and gives it back.
 */
// No Selenium type in this class: it is deployed in the server, which has no Selenium; the
// browser steps are in PilotageEcrans, which stays in the test JVM.
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EcransHabilitationsIT {

    static final String CAF = "983";
    static final String AUTRE_CAF = "982";
    static final String ADMIN_CAF = "XCA983001";
    static final String VERIF_CAF = "XCV983001";
    static final String ADMIN_AUTRE_CAF = "XCA982001";
    static final String SIRET_COMMUNE = "98300000000015";
    static final String SIRET_CCAS = "98300000000023";
    static final String MOT_DE_PASSE = "Essai#Ecrans2026";
    /** Identifiers are predictable on the fresh test databases: three letters, the Caf, a sequence (R-HAB-1). */
    static final String ADMIN_COMMUNE = "MOR983001";
    static final String ADMIN_CCAS = "BER983001";
    static final String TEMOIN_CCAS = "TEM983001";
    static final String AUTRE_CCAS = "AUT983001";

    static final String EMAIL_ASSISTANTE = "amelie.lefevre@commune983.test";
    static final String EMAIL_RESPONSABLE = "claire.petit@commune983.test";
    static final String EMAIL_DIRECTRICE = "sophie.renard@commune983.test";
    static final Pattern MOT_DE_PASSE_PROVISOIRE = Pattern.compile("mot de passe provisoire pour le portail Mon Compte Partenaire : (\\S+)");

    @Inject
    GroupeService groupes;

    @Inject
    UtilisateursPartenaireService utilisateursPartenaire;

    @Inject
    ConventionService conventionService;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    HabilitationRepository depot;

    @Inject
    UserTransaction transaction;

    private Long organisme(String siret) {
        return referentiel.organismeId(siret);
    }

    // --- preparation ---------------------------------------------------------------------------

    /** In the test JVM (JUnit 5 Arquillian runs @BeforeAll on the client only): the relay the server sends to. */
    @BeforeAll
    static void ouvrirLaBoite() {
        BoiteCourrielDeTest.demarrer();
    }

    // In the server before the browser tests that log in with these accounts: @BeforeAll runs in the
    // test JVM only, and a @BeforeEach would run there too, before the @RunAsClient tests.
    @Test
    @Order(2)
    @DisplayName("Préalable : une commune (CDAP T1 et T2) et un CCAS sous convention active de la Caf 983, leurs administrateurs actifs avec un mot de passe personnel ; au CCAS, Accueil › Soir, un témoin rattaché, une personne sans groupe")
    void preparer() throws Exception {
        transaction.begin();
        Caf caf = referentiel.caf(CAF, "Caf d'essai des écrans d'habilitation");
        Caf autre = referentiel.caf(AUTRE_CAF, "Autre Caf d'essai des écrans");
        referentiel.organisme(caf, "Commune de Beaumont-Essai", SIRET_COMMUNE, TypeOrganisme.COMMUNE,
                new Adresse("1, place de la Mairie", "98300", "Beaumont-Essai"));
        referentiel.organisme(caf, "CCAS de Brionne-Essai", SIRET_CCAS, TypeOrganisme.COMMUNE,
                new Adresse("2, rue du Centre", "98300", "Brionne-Essai"));
        agent(caf, ADMIN_CAF, RoleCaf.ADMINISTRATEUR_CAF);
        agent(caf, VERIF_CAF, RoleCaf.VERIFICATEUR_CAF);
        agent(autre, ADMIN_AUTRE_CAF, RoleCaf.ADMINISTRATEUR_CAF);
        transaction.commit();

        activer(new NouvelleConvention(organisme(SIRET_COMMUNE), ModeGestion.DELEGUE, LocalDate.of(2026, 1, 1),
                new Contact("Morel", "Anne", "anne.morel@commune983.test", null),
                new Contact("Suppleant", "Marc", "marc.suppleant@commune983.test", null), null, null,
                List.of(new QuotaDemande(ServiceCatalogue.CDAP, "T1", 2, 2), new QuotaDemande(ServiceCatalogue.CDAP, "T2", 3, 3))));
        activer(new NouvelleConvention(organisme(SIRET_CCAS), ModeGestion.DELEGUE, LocalDate.of(2026, 1, 1),
                new Contact("Bernard", "Lucie", "lucie.bernard@ccas983.test", null),
                new Contact("Bsuppleant", "Paul", "paul.bsuppleant@ccas983.test", null), null, null,
                List.of(new QuotaDemande(ServiceCatalogue.CDAP, "T2", 2, 2))));

        transaction.begin();
        for (String identifiant : List.of(ADMIN_COMMUNE, ADMIN_CCAS)) {
            referentiel.premiereConnexionFaite(referentiel.utilisateur(identifiant), MOT_DE_PASSE);
        }
        transaction.commit();

        // The CCAS: a group "Accueil" (T2) with its sub-group "Soir", a witness attached, another person attached nowhere.
        Long ccas = organisme(SIRET_CCAS);
        GroupeVue accueil = en(ADMIN_CCAS, () -> groupes.creerGroupe(ccas, "Accueil"));
        en(ADMIN_CCAS, () -> groupes.attribuerRole(accueil.id(), ServiceCatalogue.CDAP, "T2"));
        en(ADMIN_CCAS, () -> groupes.creerSousGroupe(accueil.id(), "Soir"));
        assertEquals(TEMOIN_CCAS, en(ADMIN_CCAS, () -> utilisateursPartenaire.creerUtilisateur(ccas, "Témoin", "Théo", "theo.temoin@ccas983.test")).identifiant());
        assertEquals(AUTRE_CCAS, en(ADMIN_CCAS, () -> utilisateursPartenaire.creerUtilisateur(ccas, "Autre", "Alix", "alix.autre@ccas983.test")).identifiant());
        en(ADMIN_CCAS, () -> utilisateursPartenaire.rattacher(accueil.id(), TEMOIN_CCAS));

        LectureSeule.verifier(transaction, () -> verifierPreparation(accueil.id()));
    }

    private void verifierPreparation(Long accueil) {
        for (String[] partenaire : new String[][]{{SIRET_COMMUNE, ADMIN_COMMUNE}, {SIRET_CCAS, ADMIN_CCAS}}) {
            Convention convention = referentiel.conventionEnVigueur(partenaire[0]);
            assertEquals(StatutConvention.ACTIVE, convention.getStatut(), partenaire[0]);
            assertEquals(partenaire[1], convention.getContrat().getAdministrateur().getIdentifiantCompte());
            referentiel.verifierActif(partenaire[1]);
        }
        for (String identifiant : List.of(TEMOIN_CCAS, AUTRE_CCAS)) {
            assertEquals(StatutCompte.PROVISOIRE, referentiel.utilisateur(identifiant).getStatut(), identifiant);
        }
        assertEquals(List.of(TEMOIN_CCAS), depot.rattachementsDuGroupe(accueil).stream()
                .map(r -> r.getUtilisateur().getIdentifiant()).toList(), "the witness alone in « Accueil »");
    }

    private void agent(Caf caf, String identifiant, RoleCaf role) {
        Utilisateur u = utilisateurs.enregistrer(Utilisateur.agentCaf(caf, identifiant, "Agent", "Essai",
                identifiant.toLowerCase() + "@caf" + caf.getCode() + ".test", HachageMotDePasse.hacher(MOT_DE_PASSE), HorlogeDuServeur.maintenant(),
                EnumSet.of(role)));
        referentiel.accepterRegles(u);
    }

    private void activer(NouvelleConvention nouvelle) throws Exception {
        ConventionsDeTest.validee(conventionService, CAF, ADMIN_CAF, VERIF_CAF, nouvelle);
    }

    // --- the users list's query ----------------------------------------------------------------

    @Test
    @Order(3)
    @DisplayName("R-HAB-11 : la liste des utilisateurs est filtrée (nom, identifiant, groupe, statut, profil), triée et paginée par la base")
    void listeFiltreeParLaBase() throws Exception {
        Long ccas = organisme(SIRET_CCAS);
        Long accueil = en(ADMIN_CCAS, () -> groupes.arbre(ccas)).stream().filter(g -> g.nom().equals("Accueil")).findFirst()
                .orElseThrow().id();
        assertEquals(4L, (long) en(ADMIN_CCAS, () -> utilisateursPartenaire.compter(ccas, CritereUtilisateurs.tous())),
                "the administrateur, his suppléant, the witness, the other");
        assertEquals(List.of(TEMOIN_CCAS), identifiants(ccas, new CritereUtilisateurs("témoin", null, null, null, null, "nom", true)));
        assertEquals(List.of(TEMOIN_CCAS), identifiants(ccas, new CritereUtilisateurs(null, "tem98", null, null, null, "nom", true)));
        assertEquals(List.of(TEMOIN_CCAS), identifiants(ccas, new CritereUtilisateurs(null, null, accueil, null, null, "nom", true)));
        assertEquals(List.of(TEMOIN_CCAS), identifiants(ccas, new CritereUtilisateurs(null, null, null, null, "CDAP T2", "nom", true)));
        assertEquals(List.of(), identifiants(ccas, new CritereUtilisateurs(null, null, null, "SUSPENDU", null, "nom", true)));
        // The suppléant has not logged in yet either; the administrateur has.
        assertEquals(List.of(AUTRE_CCAS, "BSU983001", TEMOIN_CCAS),
                identifiants(ccas, new CritereUtilisateurs(null, null, null, "PROVISOIRE", null, "identifiant", true)));
        assertEquals(List.of(TEMOIN_CCAS, "BSU983001", AUTRE_CCAS),
                identifiants(ccas, new CritereUtilisateurs(null, null, null, "PROVISOIRE", null, "identifiant", false)));

        List<LigneUtilisateur> page1 = en(ADMIN_CCAS, () -> utilisateursPartenaire.rechercher(ccas,
                new CritereUtilisateurs(null, null, null, null, null, "identifiant", true), 0, 3));
        List<LigneUtilisateur> page2 = en(ADMIN_CCAS, () -> utilisateursPartenaire.rechercher(ccas,
                new CritereUtilisateurs(null, null, null, null, null, "identifiant", true), 3, 3));
        assertEquals(List.of(AUTRE_CCAS, ADMIN_CCAS, "BSU983001"), page1.stream().map(LigneUtilisateur::getIdentifiant).toList());
        assertEquals(List.of(TEMOIN_CCAS), page2.stream().map(LigneUtilisateur::getIdentifiant).toList());
        LigneUtilisateur temoin = page2.get(0);
        assertEquals("Accueil", temoin.getGroupes());
        assertEquals("CDAP T2", temoin.getProfils());

        en(ADMIN_CCAS, () -> utilisateursPartenaire.suspendre(AUTRE_CCAS, "Départ en congé"));
        assertEquals(List.of(AUTRE_CCAS), identifiants(ccas, new CritereUtilisateurs(null, null, null, "SUSPENDU", null, "nom", true)));
        en(ADMIN_CCAS, () -> utilisateursPartenaire.reactiver(AUTRE_CCAS, "Retour"));
    }

    @Test
    @Order(4)
    @DisplayName("R-HAB-5, R-HAB-7, R-HAB-11 : un responsable ne liste que son sous-arbre et les personnes encore sans groupe, jamais l'administrateur partenaire ; un autre organisme ne liste rien")
    void listeDansLePerimetre() throws Exception {
        Long ccas = organisme(SIRET_CCAS);
        Long soir = en(ADMIN_CCAS, () -> groupes.arbre(ccas)).stream().filter(g -> g.nom().equals("Soir")).findFirst()
                .orElseThrow().id();
        en(ADMIN_CCAS, () -> groupes.nommerResponsable(soir, AUTRE_CCAS));
        List<String> vus = identifiants(AUTRE_CCAS, ccas, CritereUtilisateurs.tous());
        assertTrue(vus.contains(AUTRE_CCAS), vus.toString());
        assertFalse(vus.contains(ADMIN_CCAS), "the administrateur partenaire is the Caf's to manage, outside any sub-tree: " + vus);
        assertThrows(AuthorizationException.class, () -> en(AUTRE_CCAS, () -> utilisateursPartenaire.utilisateur(ADMIN_CCAS)));
        assertThrows(RegleMetierException.class, () -> en(AUTRE_CCAS, () -> utilisateursPartenaire.rattacher(soir, ADMIN_CCAS)));
        assertFalse(vus.contains(TEMOIN_CCAS), "attached to « Accueil », above the responsable's sub-tree");
        assertEquals((long) vus.size(), (long) en(AUTRE_CCAS, () -> utilisateursPartenaire.compter(ccas, CritereUtilisateurs.tous())));
        en(ADMIN_CCAS, () -> groupes.revoquerResponsable(soir, AUTRE_CCAS));

        Long commune = organisme(SIRET_COMMUNE);
        assertThrows(AuthorizationException.class, () -> en(ADMIN_COMMUNE, () -> utilisateursPartenaire.rechercher(ccas, CritereUtilisateurs.tous(), 0, 20)));
        assertThrows(AuthorizationException.class, () -> en(ADMIN_COMMUNE, () -> utilisateursPartenaire.compter(ccas, CritereUtilisateurs.tous())));
        assertEquals(List.of(), en(ADMIN_COMMUNE, () -> groupes.organismesGeres()).stream().filter(o -> o.id().equals(ccas)).toList());
        assertEquals(List.of(commune), en(ADMIN_COMMUNE, () -> groupes.organismesGeres()).stream().map(OrganismeGere::id).toList());
        assertEquals(List.of(), en(ADMIN_CAF, () -> groupes.organismesGeres()), "delegated partners: the Caf manages none of them");
    }

    private List<String> identifiants(Long organisme, CritereUtilisateurs critere) throws Exception {
        return identifiants(ADMIN_CCAS, organisme, critere);
    }

    private List<String> identifiants(String qui, Long organisme, CritereUtilisateurs critere) throws Exception {
        return en(qui, () -> utilisateursPartenaire.rechercher(organisme, critere, 0, 50)).stream()
                .map(LigneUtilisateur::getIdentifiant).toList();
    }

    // --- seed 001 in a browser -----------------------------------------------------------------

    @Test
    @Order(5)
    @RunAsClient
    @DisplayName("Seed 001, R-HAB-2, R-HAB-3, R-HAB-9 : l'administrateur d'une commune crée un groupe T1 et un groupe T2, trois utilisateurs, les rattache ; chacun reçoit deux courriels")
    void exempleDuSeed001() {
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), ADMIN_COMMUNE, MOT_DE_PASSE)) {
            assertTrue(navigateur.texte("tuiles").contains("Habilitations"), navigateur.texte("tuiles"));
            navigateur.cliquerLien("tuiles", "Habilitations");
            assertTrue(navigateur.titre().startsWith("Groupes et quotas"), navigateur.titre());
            assertTrue(navigateur.texte("quotas").contains("CDAP T1"), navigateur.texte("quotas"));
            assertTrue(navigateur.texte("quotas").contains("0 utilisé(s) sur 3 accordé(s)"), navigateur.texte("quotas"));

            // 1 - the two groups, each with its profile from the bulletin.
            PilotageEcrans.creerGroupe(navigateur, "Service social");
            PilotageEcrans.creerGroupe(navigateur, "Crèches");
            PilotageEcrans.attribuerRole(navigateur, "Service social", "CDAP T1");
            PilotageEcrans.attribuerRole(navigateur, "Crèches", "CDAP T2");
            navigateur.capturer("habilitations-1-groupes");

            // R-HAB-2: the same name twice at one place is refused, the dialog's message names the rule.
            PilotageEcrans.creerGroupe(navigateur, "crèches");
            PilotageEcrans.attendreTexte(navigateur, "[id='dialogue-groupe:messages-groupe']", "R-HAB-2");
            navigateur.capturer("habilitations-2-refus-nommant-la-regle");
            navigateur.ouvrir("/habilitation/groupes.xhtml");

            // 2 and 3 - the three users, each attached to his group.
            PilotageEcrans.creerEtRattacher(navigateur, "Lefèvre", "Amélie", EMAIL_ASSISTANTE, "Service social");
            PilotageEcrans.creerEtRattacher(navigateur, "Petit", "Claire", EMAIL_RESPONSABLE, "Crèches");
            PilotageEcrans.creerEtRattacher(navigateur, "Renard", "Sophie", EMAIL_DIRECTRICE, "Crèches");
            navigateur.capturer("habilitations-3-fiche-utilisateur");

            // R-HAB-1: the same person again is refused with its message.
            navigateur.ouvrir("/habilitation/utilisateurs.xhtml");
            navigateur.cliquer("actions:nouvel-utilisateur");
            PilotageEcrans.attendre(navigateur, "[id='dialogue-utilisateur:nom']");
            navigateur.saisir("dialogue-utilisateur:nom", "Lefèvre");
            navigateur.saisir("dialogue-utilisateur:prenom", "Amélie");
            navigateur.saisir("dialogue-utilisateur:email", EMAIL_ASSISTANTE.toUpperCase());
            navigateur.cliquer("dialogue-utilisateur:creer");
            PilotageEcrans.attendreTexte(navigateur, ".ui-growl", "R-HAB-1");

            navigateur.ouvrir("/habilitation/utilisateurs.xhtml");
            String liste = navigateur.texte("liste:utilisateurs");
            for (String identifiant : List.of("LEF983001", "PET983001", "REN983001")) {
                assertTrue(liste.contains(identifiant), liste);
            }
            assertTrue(liste.contains("Service social") && liste.contains("CDAP T1") && liste.contains("CDAP T2"), liste);
            navigateur.capturer("habilitations-4-liste");

            navigateur.ouvrir("/habilitation/groupes.xhtml");
            assertTrue(navigateur.texte("quotas").contains("1 utilisé(s) sur 2 accordé(s)"), "T1: the assistante sociale");
            assertTrue(navigateur.texte("quotas").contains("2 utilisé(s) sur 3 accordé(s)"), "T2: the two others");
        }

        // Each of the three receives two separate mails: the identifier, then the provisional password (R-HAB-9).
        assertTrue(BoiteCourrielDeTest.attendre(18, Duration.ofSeconds(60)),
                "8 mails for the conventions' four accounts, 4 for the CCAS's two users, 6 for the commune's three");
        for (String email : List.of(EMAIL_ASSISTANTE, EMAIL_RESPONSABLE, EMAIL_DIRECTRICE)) {
            List<String> objets = Arrays.stream(BoiteCourrielDeTest.recus()).filter(m -> email.equals(destinataire(m)))
                    .map(BoiteCourrielDeTest::objet).sorted().toList();
            assertEquals(List.of("Votre identifiant Mon Compte Partenaire", "Votre mot de passe provisoire Mon Compte Partenaire"), objets, email);
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    @DisplayName("R-AUTH-2, R-HAB-12 : l'assistante sociale se connecte avec ses courriels (règles d'usage, nouveau mot de passe) ; elle n'a pas l'écran des habilitations")
    void premiereConnexionDeLAssistante() {
        String provisoire = Arrays.stream(BoiteCourrielDeTest.recus()).filter(m -> EMAIL_ASSISTANTE.equals(destinataire(m)))
                .map(BoiteCourrielDeTest::texte).map(t -> MOT_DE_PASSE_PROVISOIRE.matcher(t))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
        BoiteCourrielDeTest.arreter();
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), "LEF983001", provisoire)) {
            navigateur.attendreUrl("/compte/regles-usage.xhtml");
            PilotageCompte.accepterReglesEtChangerMotDePasse(navigateur, provisoire, "Social#Essai2026");
            assertEquals("Bienvenue : c'est votre première connexion au portail.", navigateur.texte("derniere-connexion"));
            assertTrue(navigateur.texte("tuiles").contains("Dossiers allocataires"), "the CDAP tile: " + navigateur.texte("tuiles"));
            assertFalse(navigateur.texte("tuiles").contains("Habilitations"), "she manages nothing");
            navigateur.capturer("habilitations-5-accueil-assistante-sociale");
        }
    }

    @Test
    @Order(7)
    @DisplayName("R-HAB-3 : l'assistante sociale tient le profil CDAP T1 (la tuile CDAP en dépend) et rien d'autre")
    void permissionsDeLAssistante() {
        Subject assistante = sujet("LEF983001");
        assertTrue(assistante.isPermitted("cdap:consulter"));
        assertTrue(assistante.isPermitted("cdap:profil:t1"));
        assertFalse(assistante.isPermitted("cdap:profil:t2"));
        assertFalse(assistante.isPermitted("ecran:habilitations"));
    }

    // --- forged ids, the Caf's back office -----------------------------------------------------

    @Test
    @Order(8)
    @RunAsClient
    @DisplayName("Matrice : le gestionnaire d'un organisme qui forge l'id d'un groupe, d'un organisme ou d'un utilisateur d'un autre n'obtient que la page « Accès refusé »")
    void idsForges() {
        Long ccas = organismeParApi(SIRET_CCAS);
        Long commune = organismeParApi(SIRET_COMMUNE);
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), ADMIN_COMMUNE, MOT_DE_PASSE)) {
            for (String chemin : List.of("/habilitation/groupes.xhtml?organisme=" + ccas, "/habilitation/utilisateurs.xhtml?organisme=" + ccas,
                    "/habilitation/utilisateur.xhtml?id=" + TEMOIN_CCAS, "/habilitation/caf.xhtml",
                    "/habilitation/caf.xhtml?organisme=" + commune)) {
                navigateur.ouvrir(chemin);
                assertTrue(navigateur.titre().startsWith("Accès refusé"), chemin + " → " + navigateur.titre());
            }
            navigateur.capturer("habilitations-6-acces-refuse");
            navigateur.ouvrir("/habilitation/utilisateurs.xhtml?organisme=" + commune);
            assertTrue(navigateur.titre().startsWith("Utilisateurs"), "his own organisation opens");
        }
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), ADMIN_AUTRE_CAF, MOT_DE_PASSE)) {
            navigateur.ouvrir("/habilitation/caf.xhtml?organisme=" + commune);
            assertTrue(navigateur.titre().startsWith("Accès refusé"), "a partner of another Caf: " + navigateur.titre());
        }
    }

    @Test
    @Order(9)
    @RunAsClient
    @DisplayName("R-HAB-7 : l'administrateur Caf reprend la main (motif), gère alors l'arbre du partenaire, le partenaire perd l'écran ; puis il restitue la délégation")
    void repriseEnMain() {
        Long commune = organismeParApi(SIRET_COMMUNE);
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), ADMIN_CAF, MOT_DE_PASSE)) {
            navigateur.cliquerLien("tuiles", "Habilitations des partenaires");
            assertTrue(navigateur.source().contains("Commune de Beaumont-Essai"));
            navigateur.ouvrir("/habilitation/groupes.xhtml?organisme=" + commune);
            assertTrue(navigateur.titre().startsWith("Accès refusé"), "delegated: the Caf does not manage the tree");

            navigateur.ouvrir("/habilitation/caf.xhtml?organisme=" + commune);
            assertTrue(navigateur.texte("etat-delegation").startsWith("Déléguée"), navigateur.texte("etat-delegation"));
            navigateur.cliquer("delegation:reprendre");
            PilotageEcrans.attendre(navigateur, "[id='dialogue-motif-caf:motif']");
            navigateur.capturer("habilitations-7-reprise-en-main-motif");
            navigateur.saisir("dialogue-motif-caf:motif", "Contrôle de sécurité après un incident");
            navigateur.cliquer("dialogue-motif-caf:valider-motif");
            PilotageEcrans.attendreTexte(navigateur, "#etat-delegation", "Délégation retirée");
            navigateur.capturer("habilitations-8-reprise-en-main");

            navigateur.cliquer("delegation:gerer");
            PilotageEcrans.attendreTexte(navigateur, "[id='arbre:groupes']", "Service social");
            assertTrue(navigateur.source().contains("La Caf gère les habilitations"));
        }
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), ADMIN_COMMUNE, MOT_DE_PASSE)) {
            assertFalse(navigateur.texte("tuiles").contains("Habilitations"), "the partner's administrateur lost the screen");
            navigateur.ouvrir("/habilitation/groupes.xhtml");
            assertTrue(navigateur.titre().startsWith("Accès refusé"), navigateur.titre());
        }
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), ADMIN_CAF, MOT_DE_PASSE)) {
            navigateur.ouvrir("/habilitation/caf.xhtml?organisme=" + commune);
            navigateur.cliquer("delegation:restituer");
            PilotageEcrans.attendre(navigateur, "[id='dialogue-motif-caf:motif']");
            navigateur.saisir("dialogue-motif-caf:motif", "Incident clos");
            navigateur.cliquer("dialogue-motif-caf:valider-motif");
            PilotageEcrans.attendreTexte(navigateur, "#etat-delegation", "Déléguée");
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private static Long organismeParApi(String siret) {
        HttpResponse<String> reponse = Http.get(URI.create(Http.base() + "/api/organismes?caf=" + CAF), ADMIN_CAF, MOT_DE_PASSE);
        assertEquals(200, reponse.statusCode(), reponse.body());
        return Http.json(reponse).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> siret.equals(o.getString("siret"))).map(o -> o.getJsonNumber("id").longValue())
                .findFirst().orElseThrow();
    }
}

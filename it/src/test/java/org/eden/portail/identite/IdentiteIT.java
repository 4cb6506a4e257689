package org.eden.portail.identite;

import org.eden.portail.shared.PilotageCompte;
import org.eden.portail.shared.ReferentielDeTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.LectureSeule;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.eden.portail.shared.EnTantQue.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identity and session policy on the real server (H2 and PostgreSQL): lockout counted in the
 * database, the first login's steps that no URL skips, one session per identifier, the idle
 * timeout, sessions ended by a forced password change. Browser steps use Debian's Chromium.
 * Methods run in order: the in-container ones prepare the accounts the browser ones use.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentiteIT {

    static final String PREMIERE = "PRE998001";
    static final String REFUS = "REF998001";
    static final String EXPIRE = "EXP998001";
    static final String UNIQUE = "UNI998001";
    static final String INACTIF = "INA998001";
    static final String GEL = "GEL998001";
    static final String FORCE = "FOR998001";
    static final String ADMIN = "ADM998001";
    static final String NOUVEAU = "Nouveau#Choisi2026";

    /** Kept between client-side methods: the browser of the person whose session is closed. */
    private static Navigateur navigateurForce;

    /** Kept between methods too: the browser left idle while the server ends its session. */
    private static Navigateur navigateurInactif;

    @Inject
    ComptesDeTest comptes;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    IdentiteService identite;

    @Inject
    RegistreSessions sessions;

    @Inject
    UserTransaction transaction;

    static String base() {
        return Http.base();
    }

    /** Logs {@code identifiant} in (a test account, password {@link ComptesDeTest#MOT_DE_PASSE}); checks the home page names him. */
    private static void seConnecterEnPaulEssai(Navigateur navigateur, String identifiant) {
        navigateur.seConnecter(identifiant, ComptesDeTest.MOT_DE_PASSE);
        assertEquals("Paul Essai", navigateur.texte("utilisateur-connecte"));
    }

    @AfterAll
    static void fermerNavigateur() {
        if (navigateurForce != null) {
            navigateurForce.close();
        }
        if (navigateurInactif != null) {
            navigateurInactif.close();
        }
    }

    // In the server before the browser tests that log in with these accounts: @BeforeAll runs in the
    // test JVM only, and a @BeforeEach would run there too, before the @RunAsClient tests.
    @Test
    @Order(1)
    @DisplayName("Préalable : un compte dans chaque état — première connexion (×2), mot de passe de sept mois, actifs (×4), administrateur de la Caf 998")
    void comptesDansChaqueEtat() throws Exception {
        transaction.begin();
        comptes.premiereConnexion(PREMIERE);
        comptes.premiereConnexion(REFUS);
        comptes.actif(EXPIRE, HorlogeDuServeur.maintenant().atZone(ZoneOffset.UTC).minusMonths(7).toInstant());
        comptes.actif(UNIQUE, HorlogeDuServeur.maintenant());
        comptes.actif(INACTIF, HorlogeDuServeur.maintenant());
        comptes.actif(GEL, HorlogeDuServeur.maintenant());
        comptes.actif(FORCE, HorlogeDuServeur.maintenant());
        comptes.administrateurCaf(ADMIN);
        transaction.commit();

        LectureSeule.verifier(transaction, this::verifierComptes);
    }

    private void verifierComptes() {
        String version = referentiel.versionDesRegles();
        for (String identifiant : List.of(PREMIERE, REFUS)) {
            Utilisateur u = referentiel.utilisateur(identifiant);
            assertEquals(StatutCompte.PROVISOIRE, u.getStatut(), identifiant);
            assertFalse(u.aAccepte(version), identifiant + " has the usage rules still to accept");
        }
        for (String identifiant : List.of(EXPIRE, UNIQUE, INACTIF, GEL, FORCE, ADMIN)) {
            Utilisateur u = referentiel.verifierActif(identifiant);
            assertFalse(u.isChangementForce(), identifiant);
            assertEquals(0, u.getEchecsConsecutifs(), identifiant);
            assertNull(u.getGeleJusquA(), identifiant);
        }
        Instant ilYASixMois = HorlogeDuServeur.maintenant().atZone(ZoneOffset.UTC).minusMonths(6).toInstant();
        assertTrue(referentiel.utilisateur(EXPIRE).getMotDePasseChangeLe().isBefore(ilYASixMois), "R-PWD-3: changed seven months ago");
        assertTrue(referentiel.utilisateur(UNIQUE).getMotDePasseChangeLe().isAfter(ilYASixMois));
        assertEquals(Set.of(RoleCaf.ADMINISTRATEUR_CAF), referentiel.utilisateur(ADMIN).getRolesCaf());
        assertEquals(ComptesDeTest.CAF, referentiel.utilisateur(ADMIN).getCaf().getCode());
        assertEquals(ComptesDeTest.CAF, referentiel.utilisateur(FORCE).getCaf().getCode(), "a partner of the administrateur's own Caf");
    }

    @Test
    @Order(2)
    @DisplayName("R-AUTH-1 : cinq échecs consécutifs, comptés en base, gèlent le compte ; même le bon mot de passe est alors refusé")
    void gelCompteEnBase() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(ResultatAuthentification.MOT_DE_PASSE_INCORRECT, identite.authentifier(GEL, "Faux#MotDePasse" + i));
        }
        assertEquals(ResultatAuthentification.GEL_DECLENCHE, identite.authentifier(GEL, "Faux#MotDePasse5"));
        assertEquals(ResultatAuthentification.COMPTE_GELE, identite.authentifier(GEL, ComptesDeTest.MOT_DE_PASSE));
        Utilisateur gele = referentiel.utilisateur(GEL);
        assertNotNull(gele.getGeleJusquA(), "the freeze is in the database, for every server");
        Duration reste = Duration.between(HorlogeDuServeur.maintenant(), gele.getGeleJusquA());
        assertTrue(reste.compareTo(Duration.ofMinutes(9)) > 0 && reste.compareTo(Duration.ofMinutes(10)) <= 0, reste.toString());
        assertEquals(ResultatAuthentification.IDENTIFIANT_INCONNU, identite.authentifier("XYZ998999", "Faux#MotDePasse1"));
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("R-AUTH-2 : première connexion — règles d'usage, puis nouveau mot de passe, puis accueil ; aucune URL ne saute une étape")
    void premiereConnexion() {
        try (Navigateur navigateur = Navigateur.connecte(base(), PREMIERE, ComptesDeTest.PROVISOIRE)) {
            navigateur.attendreUrl("/compte/regles-usage.xhtml");
            assertTrue(navigateur.texte("texte-regles").contains("strictement personnels"));
            navigateur.capturer("premiere-connexion-1-regles-usage");

            navigateur.ouvrir("/compte/mon-compte.xhtml");
            assertTrue(navigateur.url().endsWith("/compte/regles-usage.xhtml"), "typing another URL never skips a step: " + navigateur.url());

            PilotageCompte.accepterRegles(navigateur);
            navigateur.attendreUrl("/compte/nouveau-mot-de-passe.xhtml");
            navigateur.ouvrir("/index.xhtml");
            assertTrue(navigateur.url().endsWith("/compte/nouveau-mot-de-passe.xhtml"), "nor the password step: " + navigateur.url());

            PilotageCompte.changerMotDePasse(navigateur, ComptesDeTest.PROVISOIRE, "court");
            navigateur.attendreTexte("motDePasse:messages", "R-PWD-1");
            navigateur.capturer("premiere-connexion-2-mot-de-passe-refuse");

            PilotageCompte.changerMotDePasse(navigateur, ComptesDeTest.PROVISOIRE, NOUVEAU);
            assertEquals("Bienvenue : c'est votre première connexion au portail.", navigateur.texte("derniere-connexion"));
            navigateur.capturer("premiere-connexion-3-accueil");

            navigateur.cliquerEtAttendrePage("deconnexion");
            navigateur.seConnecter(PREMIERE, NOUVEAU);
            assertTrue(navigateur.texte("derniere-connexion").startsWith("Votre dernière connexion : "),
                    "R-AUTH-3: the previous login's date and time, with its advice");
            assertTrue(navigateur.texte("derniere-connexion").contains("changez votre mot de passe"));
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    @DisplayName("R-AUTH-2 : refuser les règles d'usage déconnecte, sans accès au portail")
    void refusDesRegles() {
        try (Navigateur navigateur = Navigateur.connecte(base(), REFUS, ComptesDeTest.PROVISOIRE)) {
            navigateur.attendreUrl("/compte/regles-usage.xhtml");
            navigateur.cliquerEtAttendrePage("regles:refuser");
            assertTrue(navigateur.texte("message-refus").contains("refusé les règles d'usage"));
            navigateur.ouvrir("/index.xhtml");
            navigateur.attendreUrl("/login.xhtml");
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    @DisplayName("R-AUTH-2 : un programme ne contourne pas les étapes par l'API (HTTP Basic)")
    void etapesAussiPourApi() {
        HttpResponse<String> reponse = Http.get(URI.create(base() + "/api/organismes?caf=998"), REFUS, ComptesDeTest.PROVISOIRE);
        assertEquals(403, reponse.statusCode(), reponse.body());
        JsonObject probleme = Http.json(reponse).asJsonObject();
        assertTrue(probleme.getString("detail").startsWith("R-AUTH-2"), probleme.toString());
    }

    @Test
    @Order(6)
    @RunAsClient
    @DisplayName("R-PWD-3 : un mot de passe expiré impose d'en changer avant toute autre chose")
    void motDePasseExpire() {
        try (Navigateur navigateur = Navigateur.connecte(base(), EXPIRE, ComptesDeTest.MOT_DE_PASSE)) {
            navigateur.attendreUrl("/compte/nouveau-mot-de-passe.xhtml");
            PilotageCompte.changerMotDePasse(navigateur, ComptesDeTest.MOT_DE_PASSE, ComptesDeTest.MOT_DE_PASSE);
            navigateur.attendreTexte("motDePasse:messages", "R-PWD-4");
        }
    }

    @Test
    @Order(7)
    @RunAsClient
    @DisplayName("R-SESS-1 : une connexion dans un autre navigateur ferme la première session, qui en est avertie")
    void uneSeuleSession() {
        try (Navigateur premier = new Navigateur(base()); Navigateur second = new Navigateur(base())) {
            seConnecterEnPaulEssai(premier, UNIQUE);
            seConnecterEnPaulEssai(second, UNIQUE);

            premier.ouvrir("/compte/mon-compte.xhtml");
            assertEquals("Votre session a été fermée car vous vous êtes connecté ailleurs.", premier.texte("message-ailleurs"));
            premier.capturer("session-fermee-connexion-ailleurs");
            premier.ouvrir("/index.xhtml");
            assertTrue(premier.url().contains("/login.xhtml"), "the old session is over: " + premier.url());

            second.ouvrir("/compte/mon-compte.xhtml");
            assertEquals(UNIQUE, second.texte("identifiant"), "the new session goes on");
        }
    }

    // In the server (its system property), between two browser tests: no setup method runs there.
    @Test
    @Order(8)
    @DisplayName("Préalable R-SESS-2 : le délai d'inactivité des sessions ouvertes désormais passe à 3 s ; INA998001 n'a encore aucune session")
    void inactiviteCourte() {
        System.setProperty("eden.session.inactivite", "3");
        assertEquals(3, Integer.getInteger("eden.session.inactivite"), "read as the portal reads it, at each login");
        assertFalse(sessions.aUneSessionEnVigueur(INACTIF), "the session that later ends is the one opened next");
    }

    @Test
    @Order(9)
    @RunAsClient
    @DisplayName("Préalable R-SESS-2 : INA998001 se connecte, puis son navigateur n'envoie plus rien")
    void connexionAvantInactivite() {
        navigateurInactif = new Navigateur(base());
        seConnecterEnPaulEssai(navigateurInactif, INACTIF);
    }

    @Test
    @Order(10)
    @DisplayName("R-SESS-2 : sans aucune requête, le serveur termine la session inactive au-delà du délai configuré")
    void sessionTermineeParInactivite() {
        try {
            // Idleness is the point: the browser sends nothing while the server's own timer ends
            // the session (3 s), which leaves the registry of sessions in force.
            await("the idle session ends").atMost(Duration.ofSeconds(60)).pollInSameThread()
                    .until(() -> !sessions.aUneSessionEnVigueur(INACTIF));
        } finally {
            System.clearProperty("eden.session.inactivite");
        }
    }

    @Test
    @Order(11)
    @RunAsClient
    @DisplayName("R-SESS-2 : après une inactivité au-delà du délai configuré, la page de connexion dit que la session a expiré")
    void expirationParInactivite() {
        try (Navigateur navigateur = navigateurInactif) {
            navigateur.ouvrir("/compte/mon-compte.xhtml");
            assertTrue(navigateur.texte("message-expiree").contains("expiré après une période d'inactivité"));
        } finally {
            navigateurInactif = null;
        }
    }

    @Test
    @Order(12)
    @RunAsClient
    @DisplayName("Préalable R-SESS-3 : FOR998001 se connecte, son navigateur reste ouvert")
    void connexionAvantChangementForce() {
        navigateurForce = new Navigateur(base());
        seConnecterEnPaulEssai(navigateurForce, FORCE);
    }

    @Test
    @Order(13)
    @DisplayName("R-HAB-7, R-SESS-3 : l'administrateur Caf force le changement de mot de passe ; c'est noté en base et la session en cours est fermée")
    void changementForceParLaCaf() {
        assertTrue(sessions.aUneSessionEnVigueur(FORCE), "the session of the browser left open");
        en(ADMIN, () -> identite.forcerChangementMotDePasse(FORCE));
        assertTrue(referentiel.utilisateur(FORCE).isChangementForce(), "the next login starts with a new password");
        assertFalse(sessions.aUneSessionEnVigueur(FORCE), "closed in the registry of sessions, for every server");
    }

    @Test
    @Order(14)
    @RunAsClient
    @DisplayName("R-SESS-3 : un changement de mot de passe forcé ferme la session en cours, et le nouveau mot de passe est exigé")
    void sessionFermeeParChangementForce() {
        navigateurForce.ouvrir("/compte/mon-compte.xhtml");
        assertTrue(navigateurForce.texte("message-fermee").contains("fermée par un administrateur"));
        navigateurForce.seConnecter(FORCE, ComptesDeTest.MOT_DE_PASSE);
        navigateurForce.attendreUrl("/compte/nouveau-mot-de-passe.xhtml");
    }
}

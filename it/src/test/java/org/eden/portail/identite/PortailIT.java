package org.eden.portail.identite;

import org.eden.portail.shared.ReferentielDeTest;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.navigateur.Navigateur;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's spine on a real WildFly, with the real EAR, on H2 and on PostgreSQL: an account
 * written and read back through EclipseLink, logins accepted and refused by the Shiro realm, the
 * API's problem documents, and a person logging in through the login page in a real browser.
 * <p>
 * The first test runs inside the server and creates the accounts the next ones use (the demo
 * data exists only on H2, these tests must hold on PostgreSQL too).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortailIT {

    static final String CAF_DE_TEST = "999";
    static final String IDENTIFIANT = "TST999001";
    static final String MOT_DE_PASSE = "Essai#Portail2026";

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    CafRepository cafs;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    UserTransaction transaction;

    static URI api(String chemin) {
        return URI.create(Http.base() + chemin);
    }

    static String base() {
        return Http.base();
    }

    @Test
    @Order(1)
    @DisplayName("Un compte enregistré par EclipseLink se relit intact (et l'entité est tissée par EclipseLink)")
    void compteEnregistreEtRelu() throws Exception {
        transaction.begin();
        if (utilisateurs.parIdentifiant(IDENTIFIANT).isEmpty()) {
            Caf caf = cafs.enregistrer(new Caf(CAF_DE_TEST, "Caf de test", new Adresse("1, rue des Essais", "99000", "Essai")));
            cafs.enregistrer(new OrganismePartenaire(caf, "Commune d'Essai", TypeOrganisme.COMMUNE, "99999999900017",
                    new Adresse("2, place de la Mairie", "99000", "Essai")));
            Utilisateur agent = utilisateurs.enregistrer(Utilisateur.agentCaf(caf, IDENTIFIANT.toLowerCase(), "Essai", "Agathe",
                    "agathe.essai@caf999.test", HachageMotDePasse.hacher(MOT_DE_PASSE), HorlogeDuServeur.maintenant(),
                    EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF)));
            referentiel.accepterRegles(agent);
        }
        transaction.commit();

        transaction.begin();
        Utilisateur relu = utilisateurs.parIdentifiant(" tst999001 ").orElseThrow();
        assertEquals(IDENTIFIANT, relu.getIdentifiant(), "identifiers are kept upper-case and found in any case");
        assertEquals("Agathe Essai", relu.getNomComplet());
        assertEquals(StatutCompte.ACTIF, relu.getStatut());
        assertEquals(EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF), relu.getRolesCaf());
        assertEquals(CAF_DE_TEST, relu.getCaf().getCode());
        assertTrue(relu.getMotDePasseHash().startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$"),
                "R-PWD-5: Argon2id with OWASP parameters, never the password itself");
        assertNotNull(relu.getId());
        assertInstanceOf(PersistenceWeaved.class, relu, "entities are woven by EclipseLink, the JPA provider");
        transaction.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    @DisplayName("Une connexion avec le bon mot de passe est acceptée par le realm Shiro")
    void connexionAcceptee() {
        HttpResponse<String> reponse = Http.get(api("/api/organismes?caf=" + CAF_DE_TEST), IDENTIFIANT, MOT_DE_PASSE);
        assertEquals(200, reponse.statusCode(), reponse.body());
        JsonArray organismes = Http.json(reponse).asJsonArray();
        assertEquals(1, organismes.size());
        assertEquals("Commune d'Essai", organismes.getJsonObject(0).getString("nom"));
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("R-AUTH-1 : mauvais mot de passe et identifiant inconnu reçoivent la même réponse 401")
    void connexionRefusee() {
        HttpResponse<String> mauvaisMotDePasse = Http.get(api("/api/organismes?caf=" + CAF_DE_TEST), IDENTIFIANT, "Faux#MotDePasse1");
        HttpResponse<String> inconnu = Http.get(api("/api/organismes?caf=" + CAF_DE_TEST), "XYZ999999", "Faux#MotDePasse1");
        assertEquals(401, mauvaisMotDePasse.statusCode());
        assertEquals(401, inconnu.statusCode());
        assertEquals(mauvaisMotDePasse.body(), inconnu.body(), "nothing tells an unknown identifier from a wrong password");
    }

    @Test
    @Order(4)
    @RunAsClient
    @DisplayName("Un agent ne lit pas les organismes d'une autre Caf : 403 en problem+json")
    void autreCafRefusee() {
        HttpResponse<String> reponse = Http.get(api("/api/organismes?caf=271"), IDENTIFIANT, MOT_DE_PASSE);
        assertEquals(403, reponse.statusCode());
        assertEquals("application/problem+json", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(403, Http.json(reponse).asJsonObject().getInt("status"));
    }

    @Test
    @Order(5)
    @RunAsClient
    @DisplayName("Une requête invalide reçoit 400 en problem+json, avec la contrainte violée")
    void requeteInvalide() {
        HttpResponse<String> reponse = Http.get(api("/api/organismes?caf=27A"), IDENTIFIANT, MOT_DE_PASSE);
        assertEquals(400, reponse.statusCode(), reponse.body());
        assertEquals("application/problem+json", reponse.headers().firstValue("Content-Type").orElseThrow());
        JsonObject probleme = Http.json(reponse).asJsonObject();
        assertEquals(400, probleme.getInt("status"));
        assertEquals("Requête invalide", probleme.getString("title"));
        assertEquals("/api/organismes", probleme.getString("instance"));
        JsonObject violation = probleme.getJsonArray("violations").getJsonObject(0);
        assertEquals("caf", violation.getString("champ"));
        assertEquals("Le code d'une Caf compte trois chiffres.", violation.getString("message"));
        assertFalse(reponse.body().contains("Exception"), "no stack trace or class name reaches the caller");
    }

    @Test
    @Order(6)
    @RunAsClient
    @DisplayName("Une adresse inconnue de l'API reçoit 404 en problem+json ; /api/version répond en JSON")
    void introuvableEtVersion() {
        HttpResponse<String> introuvable = Http.get(api("/api/no-such-thing"));
        assertEquals(404, introuvable.statusCode());
        assertEquals("application/problem+json", introuvable.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Ressource introuvable", Http.json(introuvable).asJsonObject().getString("title"));

        HttpResponse<String> version = Http.get(api("/api/version"));
        assertEquals(200, version.statusCode());
        JsonObject v = Http.json(version).asJsonObject();
        assertEquals("EDEN · Mon Compte Partenaire", v.getString("nom"));
        assertTrue(v.getString("version").matches("\\d+\\.\\d+\\.\\d+.*"));
        assertTrue(v.getString("construitLe").matches("\\d{4}-\\d{2}-\\d{2}T.*"));
    }

    @Test
    @Order(7)
    @RunAsClient
    @DisplayName("Le document OpenAPI décrit l'API ; la santé (MicroProfile Health) vérifie la base de données")
    void openApiEtSante() {
        HttpResponse<String> openapi = Http.get(api("/openapi"));
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/organismes") && openapi.body().contains("/api/version"), openapi.body());
        // A public document: any origin may read it, never with the caller's credentials (issue 19).
        for (HttpResponse<String> document : List.of(openapi, Http.get(api("/openapi?format=JSON")))) {
            assertEquals(200, document.statusCode());
            assertEquals("*", document.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(document.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(),
                    "Access-Control-Allow-Credentials avec une origine * : " + document.headers().map());
        }

        int management = 9990 + Integer.getInteger("eden.it.port.offset", 400);
        HttpResponse<String> sante = Http.get(URI.create("http://127.0.0.1:" + management + "/health/ready"));
        assertEquals(200, sante.statusCode(), sante.body());
        JsonObject base = Http.json(sante).asJsonObject().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> "base-de-donnees".equals(c.getString("name")))
                .findFirst().orElseThrow();
        assertEquals("UP", base.getString("status"));
    }

    @Test
    @Order(8)
    @RunAsClient
    @DisplayName("Les en-têtes de sécurité accompagnent chaque page ; un anonyme est renvoyé vers la connexion")
    void entetesEtAnonyme() {
        HttpResponse<String> accueil = Http.get(api("/index.xhtml"));
        assertEquals(302, accueil.statusCode());
        assertTrue(accueil.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));

        HttpResponse<String> connexion = Http.get(api("/login.xhtml"));
        assertEquals(200, connexion.statusCode());
        assertEquals("nosniff", connexion.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", connexion.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(connexion.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("frame-ancestors 'none'")));
        assertTrue(connexion.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-")),
                "PrimeFaces' nonce-based script policy");
        // The login form is a stateless view: an anonymous visitor gets no session (nothing to replicate).
        assertTrue(connexion.headers().firstValue("Set-Cookie").isEmpty(), "la page de connexion n'ouvre pas de session");
        assertFalse(connexion.body().contains("jsessionid"), "session tracking by cookie only");
        HttpResponse<String> oubli = Http.get(api("/mot-de-passe-oublie.xhtml"));
        String cookie = oubli.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(oubli.body().contains("jsessionid"), "session tracking by cookie only");
    }

    @Test
    @Order(9)
    @RunAsClient
    @DisplayName("Dans un vrai navigateur : connexion par la page de connexion, accueil, mon compte, déconnexion")
    void parcoursNavigateur() {
        try (Navigateur navigateur = Navigateur.connecte(base(), IDENTIFIANT, "Mauvais#Mot2026")) {
            assertTrue(navigateur.texte("connexion:messages").contains("Identifiant ou mot de passe incorrect."));

            navigateur.seConnecter(IDENTIFIANT, MOT_DE_PASSE);
            assertEquals("Agathe Essai", navigateur.texte("utilisateur-connecte"));
            assertTrue(navigateur.titre().startsWith("Accueil"), navigateur.titre());
            assertEquals("Bienvenue : c'est votre première connexion au portail.", navigateur.texte("derniere-connexion"));
            assertTrue(navigateur.texte("tuiles").contains("Mon compte"));

            navigateur.cliquerLien("tuiles", "Mon compte");
            assertEquals(IDENTIFIANT, navigateur.texte("identifiant"));
            navigateur.capturer("mon-compte");
            assertTrue(navigateur.titre().startsWith("Mon compte"), navigateur.titre());

            navigateur.cliquerEtAttendrePage("deconnexion");
            assertEquals("Vous êtes déconnecté. À bientôt.", navigateur.texte("message-deconnexion"));
            navigateur.ouvrir("/index.xhtml");
            assertTrue(navigateur.url().contains("/login.xhtml"), "after logout the home needs a new login: " + navigateur.url());

            navigateur.seConnecter(IDENTIFIANT, MOT_DE_PASSE);
            assertTrue(navigateur.texte("derniere-connexion").startsWith("Votre dernière connexion : "),
                    "R-AUTH-3: the previous login is shown at the next one");
        }
    }
}

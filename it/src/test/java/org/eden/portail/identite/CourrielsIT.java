package org.eden.portail.identite;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import org.eden.portail.shared.BoiteCourrielDeTest;
import org.eden.portail.shared.Courriel;
import org.eden.portail.shared.CourrielsValidesObserves;
import org.eden.portail.shared.EchecEnvoiCourriel;
import org.eden.portail.shared.EchecsEnvoiObserves;
import org.eden.portail.shared.Http;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.eden.portail.shared.BoiteCourrielDeTest.objet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mails on a real WildFly: requested as CDI events inside a transaction, sent through the mail
 * session java:jboss/mail/Eden after the commit only, and retried when the relay is down. The
 * relay is a GreenMail in the test JVM ({@link BoiteCourrielDeTest}); the methods without
 * {@code @RunAsClient} run inside the server, fire events and see which ones are handed over for
 * sending ({@link CourrielsValidesObserves}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CourrielsIT {

    static final String DESTINATAIRE = "agathe.essai@commune-essai.test";
    static final String IDENTIFIANT = "ESS999004";
    static final String ORGANISME = "Crèche « Les Écureuils » & Cie";
    static final String MOT_DE_PASSE = "Prov#Été-2026";
    static final String MOT_DE_PASSE_ANNULE = "Annulé#0000";
    static final String DESTINATAIRE_GELE = "hugo.gele@commune-essai.test";
    static final Duration VINGT_QUATRE_HEURES = Duration.ofHours(24);

    @Inject
    Event<Courriel> courriels;

    @Inject
    CourrielsIdentite modeles;

    @Inject
    UserTransaction transaction;

    @Inject
    EchecsEnvoiObserves echecs;

    @Inject
    CourrielsValidesObserves valides;

    /** In the test JVM (JUnit 5 Arquillian runs @BeforeAll on the client only): the relay the server sends to. */
    @BeforeAll
    static void ouvrirLaBoite() {
        BoiteCourrielDeTest.demarrer();
    }

    @Test
    @Order(2)
    @DisplayName("R-HAB-9 : dans le serveur, seuls les courriels d'une transaction validée sont remis à l'envoi, après la validation ; ceux d'une transaction annulée jamais")
    void demanderDansDesTransactions() throws Exception {
        valides.oublier();
        transaction.begin();
        courriels.fire(modeles.motDePasseOublie(DESTINATAIRE, "Agathe Essai", MOT_DE_PASSE_ANNULE, VINGT_QUATRE_HEURES));
        transaction.rollback();
        assertNull(valides.attendre(Duration.ofSeconds(1)), "a rolled-back transaction hands no mail over");

        transaction.begin();
        courriels.fire(modeles.identifiant(DESTINATAIRE, "Agathe Essai", IDENTIFIANT, ORGANISME));
        courriels.fire(modeles.motDePasseProvisoire(DESTINATAIRE, "Agathe Essai", MOT_DE_PASSE, VINGT_QUATRE_HEURES));
        assertNull(valides.attendre(Duration.ZERO), "nothing leaves before the commit");
        transaction.commit();

        List<Courriel> remis = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Courriel courriel = valides.attendre(Duration.ofSeconds(10));
            assertNotNull(courriel, "both committed mails are handed over, " + remis.size() + " so far");
            remis.add(courriel);
        }
        assertEquals(List.of("Votre identifiant Mon Compte Partenaire", "Votre mot de passe provisoire Mon Compte Partenaire"),
                remis.stream().map(Courriel::objet).sorted().toList());
        assertTrue(remis.stream().allMatch(c -> c.destinataire().equals(DESTINATAIRE)), remis.toString());
        assertNull(valides.attendre(Duration.ZERO), "and nothing else: " + MOT_DE_PASSE_ANNULE + " never is");
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("R-HAB-9 : exactement les deux courriels validés arrivent, séparés, en texte et HTML UTF-8")
    void seulsLesCourrielsValidesArrivent() throws Exception {
        try {
            verifierLesCourrielsValides();
        } finally {
            BoiteCourrielDeTest.arreter(); // the next tests need the relay down
        }
    }

    private static void verifierLesCourrielsValides() throws Exception {
        assertTrue(BoiteCourrielDeTest.attendre(2, Duration.ofSeconds(30)), "the two committed mails arrive");
        assertFalse(BoiteCourrielDeTest.attendre(3, Duration.ofSeconds(2)), "the rolled-back mail never leaves");

        Map<String, MimeMessage> parObjet = Arrays.stream(BoiteCourrielDeTest.recus())
                .collect(Collectors.toMap(BoiteCourrielDeTest::objet, Function.identity()));
        assertEquals(2, parObjet.size(), parObjet.keySet().toString());

        MimeMessage identifiant = parObjet.get("Votre identifiant Mon Compte Partenaire");
        MimeMessage motDePasse = parObjet.get("Votre mot de passe provisoire Mon Compte Partenaire");
        assertNotNull(identifiant, parObjet.keySet().toString());
        assertNotNull(motDePasse, parObjet.keySet().toString());

        for (MimeMessage message : parObjet.values()) {
            assertEquals(DESTINATAIRE, ((InternetAddress) message.getAllRecipients()[0]).getAddress());
            assertEquals("ne-pas-repondre@mon-compte-partenaire.eden", ((InternetAddress) message.getFrom()[0]).getAddress(),
                    "the sender is the mail session's");
            assertNotNull(message.getSentDate());
        }

        String[] identifiantTexteHtml = texteEtHtml(identifiant);
        assertTrue(identifiantTexteHtml[0].contains("Votre identifiant : " + IDENTIFIANT), identifiantTexteHtml[0]);
        assertTrue(identifiantTexteHtml[0].contains("pour l'organisme " + ORGANISME), "UTF-8 accents and guillemets intact");
        assertTrue(identifiantTexteHtml[1].contains("Crèche « Les Écureuils » &amp; Cie"), "escaped in HTML, accents intact");
        assertTrue(identifiantTexteHtml[0].contains("Mon Compte Partenaire — Caf"));

        String[] motDePasseTexteHtml = texteEtHtml(motDePasse);
        assertTrue(motDePasseTexteHtml[0].contains(MOT_DE_PASSE) && motDePasseTexteHtml[1].contains(MOT_DE_PASSE));
        assertTrue(motDePasseTexteHtml[0].contains("Il est valable 24 heures. À votre première connexion"));

        for (String partie : identifiantTexteHtml) {
            assertFalse(partie.contains(MOT_DE_PASSE), "R-HAB-9: no password in the identifier's mail");
        }
        for (String partie : motDePasseTexteHtml) {
            assertFalse(partie.contains(IDENTIFIANT), "R-HAB-9: no identifier in the password's mail");
        }
    }

    @Test
    @Order(4)
    @DisplayName("Le relais SMTP est arrêté : la première tentative échoue, un nouvel essai est programmé")
    void relaisArrete() throws Exception {
        echecs.oublier();
        transaction.begin();
        courriels.fire(modeles.compteGele(DESTINATAIRE_GELE, "Hugo Gelé", 5, Duration.ofMinutes(10)));
        transaction.commit();

        EchecEnvoiCourriel echec = echecs.attendre(Duration.ofSeconds(30));
        assertNotNull(echec, "the first attempt fails while nothing listens on the SMTP port");
        assertEquals(1, echec.tentative());
        assertFalse(echec.definitif());
        assertEquals(DESTINATAIRE_GELE, echec.destinataire());
        assertTrue(echec.cause().contains("timeout 10000"), "connections to the relay are bounded in time: " + echec.cause());
    }

    @Test
    @Order(5)
    @RunAsClient
    @DisplayName("R-AUTH-1 : le courriel de compte gelé arrive quand même, au nouvel essai, une fois le relais revenu")
    void nouvelEssaiApresRetourDuRelais() throws Exception {
        BoiteCourrielDeTest.demarrer();
        try {
            // Retries come 2 s, then 12 s and 72 s after the first failure.
            assertTrue(BoiteCourrielDeTest.attendre(1, Duration.ofSeconds(90)), "the retried mail arrives");
            MimeMessage gele = BoiteCourrielDeTest.recus()[0];
            assertEquals("Votre compte Mon Compte Partenaire est temporairement bloqué", objet(gele));
            assertEquals(DESTINATAIRE_GELE, ((InternetAddress) gele.getAllRecipients()[0]).getAddress());
            assertTrue(texteEtHtml(gele)[0].contains("Bonjour Hugo Gelé,"));
            assertTrue(texteEtHtml(gele)[0].contains("Après 5 tentatives de connexion infructueuses"));
        } finally {
            BoiteCourrielDeTest.arreter();
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    @DisplayName("Sans -Deden.smtp.embarque=true, la lecture des courriels de développement répond 404 en problem+json")
    void lectureDeveloppementInerte() {
        int port = 8080 + Integer.getInteger("eden.it.port.offset", 400);
        HttpResponse<String> reponse = Http.get(URI.create("http://127.0.0.1:" + port + "/api/developpement/courriels"));
        assertEquals(404, reponse.statusCode(), reponse.body());
        assertEquals("application/problem+json", reponse.headers().firstValue("Content-Type").orElseThrow());
        JsonObject probleme = Http.json(reponse).asJsonObject();
        assertEquals("Ressource introuvable", probleme.getString("title"));
    }

    /** The text and HTML parts of a multipart/alternative mail, both declared UTF-8. */
    private static String[] texteEtHtml(MimeMessage message) throws Exception {
        assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
        Multipart parties = (Multipart) message.getContent();
        assertEquals(2, parties.getCount());
        BodyPart texte = parties.getBodyPart(0);
        BodyPart html = parties.getBodyPart(1);
        assertTrue(texte.isMimeType("text/plain"), texte.getContentType());
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        assertTrue(texte.getContentType().toUpperCase().contains("CHARSET=UTF-8"), texte.getContentType());
        assertTrue(html.getContentType().toUpperCase().contains("CHARSET=UTF-8"), html.getContentType());
        return new String[]{(String) texte.getContent(), (String) html.getContent()};
    }
}

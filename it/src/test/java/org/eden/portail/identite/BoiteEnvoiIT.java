package org.eden.portail.identite;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.BoiteCourrielDeTest;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Courriel;
import org.eden.portail.shared.EchecEnvoiCourriel;
import org.eden.portail.shared.EchecsEnvoiObserves;
import org.eden.portail.shared.EnvoiCourriels;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.ReferentielDeTest;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.TypeOrganisme;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
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
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.eden.portail.shared.BoiteCourrielDeTest.destinataire;
import static org.eden.portail.shared.EnTantQue.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, the outbox (table courriel_sortant): a mail is written in the transaction of its
 * action and leaves with its commit only; a failed mail is retried and arrives once; a mail given
 * up after its last attempt is listed for its Caf's administrator, who sends it again. The relay
 * is the GreenMail of the test JVM ({@link BoiteCourrielDeTest}), down unless a test starts it.
 * Caf 971 (and 972, another Caf) are this class's.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoiteEnvoiIT {

    static final String ANNULE = "annule.envoi@boite971.test";
    static final String RETENTE = "retente.envoi@boite971.test";
    static final String ADMIN = "BEA971001";
    static final String ADMIN_AUTRE = "BEA972001";
    static final String PARTENAIRE = "BEP971001";
    static final String ECHOUE = "bep971001@boite971.test";

    @Inject
    Event<Courriel> courriels;

    @Inject
    UserTransaction transaction;

    @Inject
    EchecsEnvoiObserves echecs;

    @Inject
    CourrielsEnEchecService enEchec;

    @Inject
    EnvoiCourriels envoi;

    @Inject
    ReferentielDeTest referentiel;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource base;

    /** In the test JVM: the relay is down until a test starts it. */
    @BeforeAll
    static void relaisArrete() {
        BoiteCourrielDeTest.arreter();
    }

    @Test
    @Order(1)
    @DisplayName("Issue 19 : un courriel demandé dans une action annulée n'est pas écrit ; validée, il est écrit puis tenté après la validation")
    void ecritDansLaTransactionDeLAction() throws Exception {
        echecs.oublier();
        transaction.begin();
        courriels.fire(courriel(ANNULE, "Action annulée"));
        transaction.rollback();
        assertEquals(0, lignes(ANNULE), "a rolled-back action leaves no mail");

        transaction.begin();
        courriels.fire(courriel(RETENTE, "Action validée"));
        transaction.commit();
        assertEquals(1, lignes(RETENTE));
        EchecEnvoiCourriel echec = echecDe(RETENTE);
        assertEquals(1, echec.tentative(), "attempted at once after the commit, the relay being down");
        assertFalse(echec.definitif());
        assertEquals("A_ENVOYER", colonne(RETENTE, "etat"), "waiting for its retry, in the database");
        assertNotNull(colonne(RETENTE, "texte"), "its body kept until it is sent");
    }

    @Test
    @Order(2)
    @RunAsClient
    @DisplayName("Issue 19 : le relais revenu, le courriel arrive au nouvel essai")
    void arriveAuNouvelEssai() {
        BoiteCourrielDeTest.demarrer();
        await().atMost(Duration.ofSeconds(60)).until(() -> recusPour(RETENTE) >= 1);
    }

    @Test
    @Order(3)
    @DisplayName("Issue 19 : envoyé, le courriel n'est plus à envoyer : son corps est effacé, destinataire, objet et dates restent")
    void envoyeUneFois() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> "ENVOYE".equals(colonne(RETENTE, "etat")));
        assertNull(colonne(RETENTE, "texte"), "no password kept once sent");
        assertNull(colonne(RETENTE, "html"));
        assertEquals("Action validée", colonne(RETENTE, "objet"));
        assertNotNull(colonne(RETENTE, "envoye_le"));
        assertEquals(2, ((Number) colonne(RETENTE, "tentatives")).intValue());
    }

    @Test
    @Order(4)
    @RunAsClient
    @DisplayName("Issue 19 : un courriel échoué puis réussi arrive exactement une fois, avec le Message-ID de la boîte d'envoi")
    void exactementUneFois() throws Exception {
        try {
            // The row is ENVOYE (test 3): nothing can send it again, so this count is final.
            assertEquals(1, recusPour(RETENTE));
            MimeMessage recu = Arrays.stream(BoiteCourrielDeTest.recus()).filter(m -> destinataire(m).equals(RETENTE)).findFirst().orElseThrow();
            assertTrue(recu.getMessageID().endsWith(".courriel@mon-compte-partenaire.eden>"), recu.getMessageID());
        } finally {
            BoiteCourrielDeTest.arreter();
        }
    }

    @Test
    @Order(5)
    @DisplayName("Issue 19 : abandonné après sa dernière tentative, le courriel est listé pour l'administrateur de sa Caf seulement")
    void echecDefinitifListePourLaCaf() throws Exception {
        preparer();
        echecs.oublier();
        transaction.begin();
        courriels.fire(courriel(ECHOUE, "Votre mot de passe provisoire (essai)"));
        transaction.commit();
        assertEquals(1, echecDe(ECHOUE).tentative());
        // As after the next-to-last failure: the next attempt, due now, is the last.
        try (Connection c = base.getConnection();
             PreparedStatement sql = c.prepareStatement("UPDATE courriel_sortant SET tentatives = ?, prochain_essai = ? WHERE destinataire = ?")) {
            sql.setInt(1, envoi.delais().size());
            sql.setObject(2, HorlogeDuServeur.maintenant().atOffset(ZoneOffset.UTC));
            sql.setString(3, ECHOUE);
            sql.executeUpdate();
        }
        EchecEnvoiCourriel dernier = echecDe(ECHOUE);
        assertTrue(dernier.definitif(), "the last attempt gives it up");
        assertEquals(envoi.delais().size() + 1, dernier.tentative());
        assertEquals("ECHEC", colonne(ECHOUE, "etat"));

        List<CourrielEnEchec> liste = en(ADMIN, () -> enEchec.enEchec());
        CourrielEnEchec vu = liste.stream().filter(c -> c.destinataire().equals(ECHOUE)).findFirst().orElseThrow();
        assertEquals("Votre mot de passe provisoire (essai)", vu.objet());
        assertEquals(envoi.delais().size() + 1, vu.tentatives());
        assertTrue(vu.derniereCause().contains("Exception"), vu.derniereCause());

        // Another Caf's administrator neither sees nor sends it; a partner has no such list.
        assertTrue(en(ADMIN_AUTRE, () -> enEchec.enEchec()).stream().noneMatch(c -> c.destinataire().equals(ECHOUE)));
        RegleMetierException refus = assertThrows(RegleMetierException.class, () -> en(ADMIN_AUTRE, () -> enEchec.renvoyer(vu.id())));
        assertEquals("R-HAB-7", refus.getRegle());
        assertThrows(AuthorizationException.class, () -> en(PARTENAIRE, () -> enEchec.enEchec()));
    }

    @Test
    @Order(6)
    @RunAsClient
    @DisplayName("Préalable : le relais revient")
    void relaisRevenu() {
        BoiteCourrielDeTest.demarrer();
    }

    @Test
    @Order(7)
    @DisplayName("Issue 19 : « Renvoyer » remet le courriel en file ; il part aussitôt et quitte la liste")
    void renvoyer() throws Exception {
        Long id = en(ADMIN, () -> enEchec.enEchec()).stream().filter(c -> c.destinataire().equals(ECHOUE)).findFirst().orElseThrow().id();
        en(ADMIN, () -> enEchec.renvoyer(id));
        await().atMost(Duration.ofSeconds(30)).until(() -> "ENVOYE".equals(colonne(ECHOUE, "etat")));
        assertTrue(en(ADMIN, () -> enEchec.enEchec()).stream().noneMatch(c -> c.destinataire().equals(ECHOUE)));
        assertNull(colonne(ECHOUE, "texte"));
    }

    @Test
    @Order(8)
    @RunAsClient
    @DisplayName("Issue 19 : le courriel renvoyé arrive une fois")
    void renvoyeArrive() {
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> recusPour(ECHOUE) >= 1);
            assertEquals(1, recusPour(ECHOUE), "its row is ENVOYE (test 7): this count is final");
        } finally {
            BoiteCourrielDeTest.arreter();
        }
    }

    // --- In the server. ---

    private static Courriel courriel(String destinataire, String objet) {
        return new Courriel(destinataire, objet, "Mot de passe : Secret#Essai2026", "<p>Mot de passe : Secret#Essai2026</p>");
    }

    private void preparer() throws Exception {
        transaction.begin();
        Caf caf = referentiel.caf("971", "Caf d'essai de la boîte d'envoi");
        Caf autre = referentiel.caf("972", "Autre Caf d'essai de la boîte d'envoi");
        referentiel.agent(caf, ADMIN, "Envoi", "Bérénice", EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF));
        referentiel.agent(autre, ADMIN_AUTRE, "Envoi", "Bastien", EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF));
        OrganismePartenaire organisme = referentiel.organisme(caf, "Commune de la boîte d'envoi", "97100000000002",
                TypeOrganisme.COMMUNE, "1, place de l'Envoi", "97100");
        referentiel.partenaire(organisme, PARTENAIRE, "Partenaire", "Bérangère", "boite971.test");
        transaction.commit();
    }

    /** The next failure of a mail to {@code destinataire} (others, of earlier tests, are skipped). */
    private EchecEnvoiCourriel echecDe(String destinataire) throws InterruptedException {
        Instant fin = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(fin)) {
            EchecEnvoiCourriel echec = echecs.attendre(Duration.between(Instant.now(), fin));
            if (echec != null && echec.destinataire().equals(destinataire)) {
                return echec;
            }
        }
        throw new AssertionError("aucun échec d'envoi à " + destinataire + " en 60 s");
    }

    private int lignes(String destinataire) throws SQLException {
        try (Connection c = base.getConnection();
             PreparedStatement sql = c.prepareStatement("SELECT COUNT(*) FROM courriel_sortant WHERE destinataire = ?")) {
            sql.setString(1, destinataire);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Object colonne(String destinataire, String colonne) throws SQLException {
        try (Connection c = base.getConnection();
             PreparedStatement sql = c.prepareStatement("SELECT " + colonne + " FROM courriel_sortant WHERE destinataire = ?")) {
            sql.setString(1, destinataire);
            try (ResultSet rs = sql.executeQuery()) {
                assertTrue(rs.next(), "no mail to " + destinataire);
                return rs.getObject(1);
            }
        }
    }

    // --- In the test JVM. ---

    private static long recusPour(String destinataire) {
        return Arrays.stream(BoiteCourrielDeTest.recus()).filter(m -> destinataire(m).equals(destinataire)).count();
    }
}

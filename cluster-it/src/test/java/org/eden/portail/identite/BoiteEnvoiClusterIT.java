package org.eden.portail.identite;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.eden.portail.shared.NoeudsCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, "nothing lost on a restart": a mail asked for by an action, whose node is killed
 * ({@code kill -9} by PID) while the SMTP relay is down, is delivered once the relay is back and
 * the node has started again — from the outbox in the database, not from a memory that died.
 * <p>
 * One node on PostgreSQL (database eden_cluster_&lt;offset&gt;_envoi, recreated), its relay a
 * GreenMail of this JVM, first stopped. The action is the 5th failed login of an account, which
 * freezes it and mails its owner (R-AUTH-1).
 */
class BoiteEnvoiClusterIT {

    private static final String CAF = "996";
    private static final String IDENTIFIANT = "ENV996001";
    private static final String COURRIEL = "env996001@cluster.test";
    private static final String OBJET = "Votre compte Mon Compte Partenaire est temporairement bloqué";

    private static NoeudsCluster noeuds;
    private static GreenMail relais;
    private static String urlBase;
    private static String utilisateurBase;
    private static String motDePasseBase;
    private static String optionsServeur;
    private static int portSmtp;

    @BeforeAll
    static void demarrerUnNoeudSansRelais() throws Exception {
        String offset = System.getProperty("eden.it.port.offset", "400");
        String urlIt = System.getProperty("eden.it.pg.url");
        urlBase = urlIt.substring(0, urlIt.lastIndexOf('/') + 1) + "eden_cluster_" + offset + "_envoi";
        utilisateurBase = System.getProperty("eden.it.pg.user", "postgres");
        motDePasseBase = System.getProperty("eden.it.pg.password", "postgres");
        recreerBase();

        Path serveur = Path.of(System.getProperty("eden.cluster.serveur"));
        Files.copy(Path.of(System.getProperty("eden.ear")), serveur.resolve("standalone/deployments/eden.ear"),
                StandardCopyOption.REPLACE_EXISTING);

        noeuds = new NoeudsCluster();
        // Away from the "it" suite's relay (3025 + offset), which may run at the same time.
        portSmtp = 3075 + Integer.parseInt(offset);
        optionsServeur = "-Deden.smtp.host=" + noeuds.adresseHoteVueDesNoeuds() + " -Deden.smtp.port=" + portSmtp;
        long debut = System.nanoTime();
        System.out.println("[envoi] " + noeuds.demarrer(1, urlBase, utilisateurBase, motDePasseBase, optionsServeur).strip());
        System.out.printf("[envoi] MESURE démarrage d'un nœud : %.1f s%n", (System.nanoTime() - debut) / 1e9);
        creerCompte();
    }

    @AfterAll
    static void arreter() throws IOException {
        try {
            if (relais != null) {
                relais.stop();
            }
        } finally {
            if (noeuds != null) {
                noeuds.close();
            }
        }
    }

    @Test
    @DisplayName("R-AUTH-1, issue 19 : le courriel d'un compte gelé, nœud tué (kill -9) relais arrêté, arrive une fois après le redémarrage")
    void leCourrielSurvitAuKill9() throws Exception {
        for (int tentative = 1; tentative <= 5; tentative++) {
            new ClientConnexion(noeuds.base(1)).seConnecter(IDENTIFIANT, "Faux#Passe" + tentative);
        }
        // The action has committed with its mail: in the outbox, not sent (the relay is down).
        String avant = etatDuCourriel();
        assertTrue(Set.of("A_ENVOYER", "EN_ENVOI").contains(avant), "enregistré, pas envoyé : " + avant);
        // Whether the first attempt (relay down) ran before the kill depends on the machine's speed.
        int essaisAvantLeKill = ((Number) colonne("tentatives")).intValue();

        noeuds.tuer(1);
        System.out.println("[envoi] nœud 1 tué (kill -9, PID " + noeuds.pid(1) + "), courriel " + etatDuCourriel());

        relais = new GreenMail(new ServerSetup(portSmtp, noeuds.adresseHoteVueDesNoeuds(), ServerSetup.PROTOCOL_SMTP));
        relais.start();
        long debut = System.nanoTime();
        noeuds.demarrer(1, urlBase, utilisateurBase, motDePasseBase, optionsServeur);

        // The periodic pass takes it once its retry is due, or once the dead node's lease expires.
        await().atMost(Duration.ofMinutes(3)).until(() -> relais.getReceivedMessages().length >= 1);
        System.out.printf("[envoi] MESURE du redémarrage à la remise du courriel : %.1f s%n", (System.nanoTime() - debut) / 1e9);
        await().atMost(Duration.ofSeconds(30)).until(() -> "ENVOYE".equals(etatDuCourriel()));

        // Once ENVOYE, no node sends it again: the one copy received is the only one.
        MimeMessage[] recus = relais.getReceivedMessages();
        assertEquals(1, recus.length, "exactement une fois");
        assertEquals(OBJET, recus[0].getSubject());
        assertEquals(COURRIEL, recus[0].getAllRecipients()[0].toString());
        assertEquals(messageId(), recus[0].getMessageID(), "le Message-ID fixé dans la boîte d'envoi");
        assertNull(colonne("texte"), "le corps est effacé une fois envoyé");
        assertTrue(((Number) colonne("tentatives")).intValue() > essaisAvantLeKill,
                "les essais d'avant le kill gardés, plus celui d'après (" + essaisAvantLeKill + " avant)");
    }

    // --- The database: recreated for the run, the account written straight in it. ---

    private static Connection base() throws SQLException {
        return DriverManager.getConnection(urlBase, utilisateurBase, motDePasseBase);
    }

    private static void recreerBase() throws SQLException {
        String nom = urlBase.substring(urlBase.lastIndexOf('/') + 1);
        String serveur = urlBase.substring(0, urlBase.lastIndexOf('/')) + "/postgres";
        try (Connection c = DriverManager.getConnection(serveur, utilisateurBase, motDePasseBase);
             Statement sql = c.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + nom + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + nom + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    /** A Caf, a partner and an active account of it (ids from the end of a block of the sequence, as ClusterIT). */
    private static void creerCompte() throws SQLException {
        try (Connection c = base(); Statement seq = c.createStatement();
             ResultSet rs = seq.executeQuery("SELECT nextval('eden_seq')")) {
            rs.next();
            long caf = rs.getLong(1);
            try (PreparedStatement sql = c.prepareStatement("INSERT INTO caf (id, version, code, nom) VALUES (?, 1, ?, 'Caf d''essai de la boîte d''envoi')")) {
                sql.setLong(1, caf);
                sql.setString(2, CAF);
                sql.executeUpdate();
            }
            try (PreparedStatement sql = c.prepareStatement("INSERT INTO organisme_partenaire (id, version, caf_id, nom, type, siret) "
                    + "VALUES (?, 1, ?, 'Commune d''essai 996', 'COMMUNE', '99600000000014')")) {
                sql.setLong(1, caf - 1);
                sql.setLong(2, caf);
                sql.executeUpdate();
            }
            try (PreparedStatement sql = c.prepareStatement("INSERT INTO utilisateur (id, version, identifiant, nom, prenom, email, "
                    + "mot_de_passe_hash, statut, cree_le, organisme_id, mot_de_passe_change_le) VALUES (?, 1, ?, 'Envoi', 'Paul', ?, ?, 'ACTIF', ?, ?, ?)")) {
                Timestamp avant = Timestamp.from(Instant.now().minusSeconds(60));
                sql.setLong(1, caf - 2);
                sql.setString(2, IDENTIFIANT);
                sql.setString(3, COURRIEL);
                sql.setString(4, HachageMotDePasse.hacher("Clair#Matin2026"));
                sql.setTimestamp(5, avant);
                sql.setLong(6, caf - 1);
                sql.setTimestamp(7, avant);
                sql.executeUpdate();
            }
        }
    }

    private static Object colonne(String colonne) throws SQLException {
        try (Connection c = base(); Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("SELECT " + colonne + " FROM courriel_sortant WHERE destinataire = '" + COURRIEL + "'")) {
            assertTrue(rs.next(), "le courriel est dans la boîte d'envoi");
            Object valeur = rs.getObject(1);
            assertTrue(!rs.next(), "un seul courriel pour " + COURRIEL);
            return valeur;
        }
    }

    private static String etatDuCourriel() throws SQLException {
        return (String) colonne("etat");
    }

    private static String messageId() throws SQLException {
        return (String) colonne("message_id");
    }
}

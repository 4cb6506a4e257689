package org.eden.portail.identite;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.eden.portail.shared.BaseDuCluster;
import org.eden.portail.shared.NoeudsCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
    private static BaseDuCluster base;
    private static String optionsServeur;
    private static int portSmtp;

    @BeforeAll
    static void demarrerUnNoeudSansRelais() throws Exception {
        base = BaseDuCluster.recreee("_envoi");
        noeuds = new NoeudsCluster();
        // Away from the "it" suite's relay (3025 + offset), which may run at the same time.
        portSmtp = 3075 + Integer.getInteger("eden.it.port.offset", 400);
        optionsServeur = "-Deden.smtp.host=" + noeuds.adresseHoteVueDesNoeuds() + " -Deden.smtp.port=" + portSmtp;
        long debut = System.nanoTime();
        System.out.println("[envoi] " + noeuds.demarrer(1, base, optionsServeur).strip());
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
        noeuds.demarrer(1, base, optionsServeur);

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

    /** A Caf, a partner and an active account of it, whose owner the freeze's mail goes to. */
    private static void creerCompte() throws SQLException {
        long organisme = base.cafEtCommune(CAF, "Caf d'essai de la boîte d'envoi", "Commune d'essai 996", "99600000000014");
        base.compteActif(organisme, IDENTIFIANT, "Envoi", "Paul", "Clair#Matin2026");
    }

    private static Object colonne(String colonne) throws SQLException {
        try (Connection c = base.connexion(); Statement sql = c.createStatement();
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

package org.eden.portail.identite;

import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.shared.BaseDuCluster;
import org.eden.portail.shared.NoeudsCluster;
import org.eden.portail.shared.Relais;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal on a two-node WildFly cluster (wildfly-config/cluster/cluster.sh) sharing one
 * PostgreSQL database: sessions and the JSF view state replicate (R-SESS-4), the one-session rule
 * holds across nodes (R-SESS-1), failed logins on both nodes add up to the freeze (R-AUTH-1), and a
 * user survives the loss ({@code kill -9}) of the node that served him.
 * <p>
 * The browser reaches the cluster through a {@link Relais} that plays the sticky load balancer
 * (node 1 while it lives, then node 2), with its one cookie; HTTP clients reach each node
 * directly. The figures of the README (formation time, failover latency, RSS, session sizes) are
 * printed, never asserted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String CAF = "995";
    private static final String MOT_DE_PASSE = "Clair#Matin2026";
    private static final String NOUVEAU = "Brume#Soir2031";

    private static NoeudsCluster noeuds;
    private static Relais repartiteur;
    private static BaseDuCluster base;
    private static long idOrganisme;

    @BeforeAll
    static void demarrerCluster() throws Exception {
        base = BaseDuCluster.recreee("");
        noeuds = new NoeudsCluster();
        System.out.println("[cluster] " + noeuds.description());
        long debut = System.nanoTime();
        String sortie = noeuds.demarrer(2, base,
                "-Deden.diagnostic.session=true -Deden.smtp.port=2");
        System.out.println("[cluster] " + sortie.strip().replace("\n", "\n[cluster] "));
        System.out.printf("[cluster] MESURE formation du cluster de 2 nœuds (démarrage l'un après l'autre, jusqu'à la vue à 2) : %.1f s%n",
                (System.nanoTime() - debut) / 1e9);
        repartiteur = new Relais(new InetSocketAddress("127.0.0.1", 0),
                List.of(noeuds.adresseHttp(1), noeuds.adresseHttp(2)));
        idOrganisme = base.cafEtCommune(CAF, "Caf d'essai du cluster", "Commune d'essai 995", "99500000000013");
    }

    @AfterAll
    static void arreterCluster() throws IOException {
        try {
            if (repartiteur != null) {
                repartiteur.close();
            }
        } finally {
            if (noeuds != null) {
                noeuds.close();
            }
        }
    }

    @Test
    @Order(1)
    @DisplayName("R-AUTH-1 : les échecs sur les deux nœuds s'additionnent jusqu'au gel du compte")
    void echecsSurLesDeuxNoeudsGelentLeCompte() throws Exception {
        String identifiant = creerCompte("GEL", 1, "Gelinotte", "Odile");
        for (int tentative = 1; tentative <= 4; tentative++) {
            int noeud = tentative % 2 == 1 ? 1 : 2;
            assertTrue(new ClientConnexion(noeuds.base(noeud)).seConnecter(identifiant, "Faux#Passe" + tentative)
                    .contains("Identifiant ou mot de passe incorrect."), "échec " + tentative + " sur le nœud " + noeud);
        }
        assertEquals(4, echecs(identifiant), "4 échecs, 2 sur chaque nœud, comptés ensemble");
        assertTrue(geleJusqua(identifiant) == null, "pas encore gelé");

        // The fifth, on node 2, freezes the account for every node: node 1 refuses the right password.
        new ClientConnexion(noeuds.base(2)).seConnecter(identifiant, "Faux#Passe5");
        assertNotNull(geleJusqua(identifiant), "gelé après le 5e échec");
        ClientConnexion client = new ClientConnexion(noeuds.base(1));
        String reponse = client.seConnecter(identifiant, MOT_DE_PASSE);
        assertTrue(reponse.contains("Identifiant ou mot de passe incorrect."), "le bon mot de passe est refusé pendant le gel");
        assertTrue(!reponse.contains("id=\"utilisateur-connecte\">Odile"), "personne n'est connecté");
    }

    @Test
    @Order(2)
    @DisplayName("R-SESS-1 : une connexion sur le nœud 2 ferme la session ouverte sur le nœud 1")
    void connexionSurLeNoeud2FermeLaSessionDuNoeud1() throws Exception {
        String identifiant = creerCompte("UNI", 2, "Unique", "Bertrand");
        try (Navigateur navigateur = new Navigateur(noeuds.base(1))) {
            navigateur.seConnecter(identifiant, MOT_DE_PASSE);
            assertEquals("Bertrand Unique", navigateur.texte("utilisateur-connecte"));

            String accueil = new ClientConnexion(noeuds.base(2)).seConnecter(identifiant, MOT_DE_PASSE);
            assertTrue(accueil.contains("id=\"utilisateur-connecte\">Bertrand Unique<"), "connecté sur le nœud 2 : " + accueil);

            navigateur.ouvrir("/compte/mon-compte.xhtml");
            assertEquals("Votre session a été fermée car vous vous êtes connecté ailleurs.",
                    navigateur.texte("message-ailleurs"));
            navigateur.capturer("cluster-session-fermee-ailleurs");
        }
    }

    @Test
    @Order(3)
    @DisplayName("R-SESS-4 : après kill -9 du nœud 1, le nœud 2 reprend la session et le formulaire en cours")
    void leNoeud2ReprendLaSessionEtLeFormulaireApresLaPerteDuNoeud1() throws Exception {
        String identifiant = creerCompte("REP", 3, "Reprise", "Camille");
        Instant changeAvant = motDePasseChangeLe(identifiant);
        try (Navigateur navigateur = new Navigateur("http://127.0.0.1:" + repartiteur.port())) {
            navigateur.seConnecter(identifiant, MOT_DE_PASSE);
            assertEquals("Camille Reprise", navigateur.texte("utilisateur-connecte"));
            String tailleAccueil = navigateur.recuperer("/api/developpement/session");
            System.out.println("[cluster] MESURE session sérialisée, page d'accueil : " + octets(tailleAccueil)
                    + " octets " + tailleAccueil);
            assertTrue(tailleAccueil.contains("\"serialisable\":true"), "chaque attribut de session est sérialisable : " + tailleAccueil);
            // The home page and the login form keep no view in the session: what is replicated is the person, not pages.
            assertTrue(octets(tailleAccueil) <= 4096, "session de la page d'accueil au plus 4 Kio : " + tailleAccueil);

            // Half-way through "Changer mon mot de passe": the page and its view state come from node 1.
            navigateur.ouvrir("/compte/changer-mot-de-passe.xhtml");
            navigateur.saisir("motDePasse:actuel", MOT_DE_PASSE);
            navigateur.saisir("motDePasse:nouveau", NOUVEAU);
            String tailleFormulaire = navigateur.recuperer("/api/developpement/session");
            System.out.println("[cluster] MESURE session sérialisée, formulaire en cours : " + octets(tailleFormulaire)
                    + " octets " + tailleFormulaire);
            assertTrue(tailleFormulaire.contains("\"serialisable\":true"), tailleFormulaire);
            assertTrue(octets(tailleFormulaire) <= 16384, "au milieu d'un formulaire, la session reste bornée : " + tailleFormulaire);
            System.out.println("[cluster] MESURE RSS nœud 1 : " + noeuds.rssMo(1) + " Mo, nœud 2 : " + noeuds.rssMo(2) + " Mo");
            navigateur.capturer("cluster-formulaire-sur-noeud-1");

            noeuds.tuer(1);
            System.out.println("[cluster] nœud 1 tué (kill -9, PID " + noeuds.pid(1) + ")");

            // The next request, from the page of node 1, now reaches node 2 through the relay: the
            // session is there, logged in, with the view of the form held for its postback.
            long debut = System.nanoTime();
            String apresBascule = navigateur.recuperer("/api/developpement/session");
            System.out.printf("[cluster] MESURE bascule : première requête sur le nœud 2 après le kill -9 : %d ms%n",
                    (System.nanoTime() - debut) / 1_000_000);
            assertTrue(apresBascule.contains("\"eden.identifiant\""), "la session connectée est sur le nœud 2 : " + apresBascule);
            assertTrue(apresBascule.contains("ServerSideStateHelper.LogicalViewMap"), "l'état de vue du formulaire aussi : " + apresBascule);

            // The rest of the form, then its submission to node 2, which restores the view of node 1.
            navigateur.saisir("motDePasse:confirmation", NOUVEAU);
            debut = System.nanoTime();
            navigateur.cliquerEtAttendrePage("motDePasse:valider");
            try {
                navigateur.attendre(org.openqa.selenium.By.id("utilisateur-connecte"));
            } finally {
                navigateur.capturer("cluster-apres-bascule-noeud-2");
            }
            System.out.printf("[cluster] MESURE envoi du formulaire commencé sur le nœud 1, traité par le nœud 2 : %d ms%n",
                    (System.nanoTime() - debut) / 1_000_000);

            navigateur.attendreUrl("/compte/mon-compte.xhtml");
            assertEquals("Camille Reprise", navigateur.texte("utilisateur-connecte"), "toujours connecté");
            assertTrue(navigateur.source().contains("Votre mot de passe a été changé."), "le formulaire du nœud 1 est traité par le nœud 2");
            Instant changeApres = motDePasseChangeLe(identifiant);
            assertTrue(changeApres.isAfter(changeAvant), "le nouveau mot de passe est enregistré");
            assertTrue(new ClientConnexion(noeuds.base(2)).seConnecter(identifiant, NOUVEAU).contains("id=\"utilisateur-connecte\">Camille Reprise<"),
                    "le nouveau mot de passe ouvre une session sur le nœud 2");
        }
    }

    private static long octets(String json) {
        // JSON-B writes properties in alphabetical order: the session's total is the last "octets".
        Matcher m = Pattern.compile("\"octets\":(\\d+)").matcher(json);
        long dernier = -1;
        while (m.find()) {
            dernier = Long.parseLong(m.group(1));
        }
        return dernier;
    }

    // --- The shared database: recreated for the run, test accounts written straight in it. ---


    /** An active partner account of the commune, named from {@code prefixe}, the Caf's code and {@code rang}. */
    private static String creerCompte(String prefixe, int rang, String nom, String prenom) throws SQLException {
        String identifiant = prefixe + CAF + String.format("%03d", rang);
        base.compteActif(idOrganisme, identifiant, nom, prenom, MOT_DE_PASSE);
        return identifiant;
    }

    private static Object colonne(String identifiant, String colonne) throws SQLException {
        try (Connection c = base.connexion();
             PreparedStatement sql = c.prepareStatement("SELECT " + colonne + " FROM utilisateur WHERE identifiant = ?")) {
            sql.setString(1, identifiant);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    private static int echecs(String identifiant) throws SQLException {
        return ((Number) colonne(identifiant, "echecs_consecutifs")).intValue();
    }

    private static Object geleJusqua(String identifiant) throws SQLException {
        return colonne(identifiant, "gele_jusqu_a");
    }

    private static Instant motDePasseChangeLe(String identifiant) throws SQLException {
        try (Connection c = base.connexion();
             PreparedStatement sql = c.prepareStatement("SELECT mot_de_passe_change_le FROM utilisateur WHERE identifiant = ?")) {
            sql.setString(1, identifiant);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1).toInstant();
            }
        }
    }
}

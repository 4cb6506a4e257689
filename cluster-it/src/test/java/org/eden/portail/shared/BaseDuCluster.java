package org.eden.portail.shared;

import org.eden.portail.identite.HachageMotDePasse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The PostgreSQL database of a cluster test: eden_cluster_&lt;offset&gt; (and a suffix of the test's),
 * on the server of {@code eden.it.pg.url}, so that two suites with different offsets never meet.
 * Recreated for the run (the first node migrates it, as a new installation), then written straight
 * with JDBC: the nodes hold no test class.
 */
public final class BaseDuCluster {

    private final String url;
    private final String utilisateur = System.getProperty("eden.it.pg.user", "postgres");
    private final String motDePasse = System.getProperty("eden.it.pg.password", "postgres");

    private BaseDuCluster(String url) {
        this.url = url;
    }

    /** The suite's database followed by {@code suffixe} ("" or "_envoi"…), dropped and created empty. */
    public static BaseDuCluster recreee(String suffixe) throws SQLException {
        String urlIt = System.getProperty("eden.it.pg.url");
        BaseDuCluster base = new BaseDuCluster(urlIt.substring(0, urlIt.lastIndexOf('/') + 1) + "eden_cluster_"
                + System.getProperty("eden.it.port.offset", "400") + suffixe);
        String nom = base.url.substring(base.url.lastIndexOf('/') + 1);
        String serveur = base.url.substring(0, base.url.lastIndexOf('/')) + "/postgres";
        try (Connection c = DriverManager.getConnection(serveur, base.utilisateur, base.motDePasse);
             Statement sql = c.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + nom + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + nom + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return base;
    }

    /** As the test JVM reaches it (host 127.0.0.1). */
    public String url() {
        return url;
    }

    public String utilisateur() {
        return utilisateur;
    }

    public String motDePasse() {
        return motDePasse;
    }

    public Connection connexion() throws SQLException {
        return DriverManager.getConnection(url, utilisateur, motDePasse);
    }

    /**
     * An id no id of the portal can meet: nextval reserves the block [V - 49, V] (INCREMENT BY 50,
     * as the portal allocates); the test uses V and the few ids just below it.
     */
    public static long identifiantTechnique(Connection c) throws SQLException {
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT nextval('eden_seq')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A Caf (id V) and a commune of it (V - 1), written straight: the commune's id. */
    public long cafEtCommune(String code, String nomCaf, String nomCommune, String siret) throws SQLException {
        try (Connection c = connexion()) {
            long caf = identifiantTechnique(c);
            inserer(c, "INSERT INTO caf (id, version, code, nom) VALUES (?, 1, ?, ?)", caf, code, nomCaf);
            inserer(c, "INSERT INTO organisme_partenaire (id, version, caf_id, nom, type, siret) VALUES (?, 1, ?, ?, 'COMMUNE', ?)",
                    caf - 1, caf, nomCommune, siret);
            return caf - 1;
        }
    }

    /**
     * An active account of the partner {@code organisme}, mailed at identifiant@cluster.test: personal
     * password set a minute ago, the usage rules in force accepted (his login lands on the home page).
     */
    public void compteActif(long organisme, String identifiant, String nom, String prenom, String motDePasseCompte) throws SQLException {
        Timestamp maintenant = Timestamp.from(Instant.now().minusSeconds(60));
        try (Connection c = connexion()) {
            long id = identifiantTechnique(c);
            String regles;
            try (Statement sql = c.createStatement();
                 ResultSet rs = sql.executeQuery("SELECT version FROM regles_usage ORDER BY publiees_le DESC LIMIT 1")) {
                rs.next();
                regles = rs.getString(1);
            }
            inserer(c, "INSERT INTO utilisateur (id, version, identifiant, nom, prenom, email, mot_de_passe_hash, statut, cree_le, "
                    + "organisme_id, mot_de_passe_change_le, regles_usage_version) VALUES (?, 1, ?, ?, ?, ?, ?, 'ACTIF', ?, ?, ?, ?)",
                    id, identifiant, nom, prenom, identifiant.toLowerCase() + "@cluster.test", HachageMotDePasse.hacher(motDePasseCompte),
                    maintenant, organisme, maintenant, regles);
            inserer(c, "INSERT INTO acceptation_regles_usage (id, version, utilisateur_id, regles_version, acceptees_le) VALUES (?, 1, ?, ?, ?)",
                    id - 1, id, regles, maintenant);
        }
    }

    /** One row written, {@code valeurs} bound to the statement's parameters in their order. */
    private static void inserer(Connection c, String insertion, Object... valeurs) throws SQLException {
        try (PreparedStatement sql = c.prepareStatement(insertion)) {
            for (int i = 0; i < valeurs.length; i++) {
                sql.setObject(i + 1, valeurs[i]);
            }
            sql.executeUpdate();
        }
    }
}

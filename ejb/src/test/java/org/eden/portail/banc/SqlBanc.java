package org.eden.portail.banc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The plain JDBC the benchmarks write their accounts and reference data with, straight into a
 * benchmark database (PreparationBanc, BancTableauDeBord): faster than the services, and the
 * benchmark needs no server to prepare.
 */
public final class SqlBanc {

    private SqlBanc() {
    }

    /** Creates the benchmark database at {@code url} (PostgreSQL) unless it exists: a benchmark prepares its own. */
    public static void creerBaseSiAbsente(String url, String utilisateur, String motDePasse) throws SQLException {
        String nom = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String serveur = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = java.sql.DriverManager.getConnection(serveur, utilisateur, motDePasse);
             java.sql.Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + nom.replace("'", "") + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE \"" + nom.replace("\"", "") + "\"");
            }
        }
    }

    /** The next id of the portal's sequence, as EclipseLink would take it. */
    public static long id(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT nextval('eden_seq')"); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    public static void executer(Connection c, String sql, Object... valeurs) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < valeurs.length; i++) {
                p.setObject(i + 1, valeurs[i]);
            }
            p.executeUpdate();
        }
    }

    /** The first column of the first row {@code sql} finds for {@code valeur}, or null. */
    public static Long existe(Connection c, String sql, String valeur) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, valeur);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }
}

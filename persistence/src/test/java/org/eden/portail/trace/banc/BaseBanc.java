package org.eden.portail.trace.banc;

import org.eden.portail.trace.MigrationsTraces;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A trace benchmark's own PostgreSQL database (never a real one: it may be dropped), at
 * {@code banc.url} as {@code banc.user}, with the schema of the portal's migrations.
 */
record BaseBanc(String url, String utilisateur, String motDePasse) {

    static BaseBanc depuisProprietes(String urlParDefaut) {
        return new BaseBanc(System.getProperty("banc.url", urlParDefaut),
                System.getProperty("banc.user", "postgres"), System.getProperty("banc.password", "postgres"));
    }

    /** Creates the database if it is missing ({@code recreer}: drops it first), then migrates it. */
    void preparer(boolean recreer) throws SQLException {
        String nom = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "").replace("\"", "").replace("'", "");
        String serveur = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(serveur, utilisateur, motDePasse); Statement s = c.createStatement()) {
            if (recreer) {
                s.execute("DROP DATABASE IF EXISTS \"" + nom + "\"");
            }
            boolean existe;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + nom + "'")) {
                existe = rs.next();
            }
            if (!existe) {
                s.execute("CREATE DATABASE \"" + nom + "\"");
            }
        }
        Flyway.configure(BaseBanc.class.getClassLoader())
                .dataSource(url, utilisateur, motDePasse)
                .locations("classpath:db/migration")
                .javaMigrations(MigrationsTraces.toutes())
                .load().migrate();
    }

    Connection connexion() throws SQLException {
        return DriverManager.getConnection(url, utilisateur, motDePasse);
    }
}

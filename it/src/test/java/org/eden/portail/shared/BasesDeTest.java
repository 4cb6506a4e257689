package org.eden.portail.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Run by Maven before the integration tests: recreates the PostgreSQL test database (so each run
 * starts from the migrations, like a new installation) and empties the H2 test directory.
 * Arguments: PostgreSQL URL of the test database, user, password, H2 directory.
 */
public final class BasesDeTest {

    private BasesDeTest() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        String url = args[0];
        String base = url.substring(url.lastIndexOf('/') + 1);
        String serveur = url.substring(0, url.lastIndexOf('/')) + "/postgres";
        try (Connection connexion = DriverManager.getConnection(serveur, args[1], args[2]);
             Statement sql = connexion.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + base + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + base + " ENCODING 'UTF8' TEMPLATE template0");
        }
        Path h2 = Path.of(args[3]);
        if (Files.exists(h2)) {
            try (Stream<Path> fichiers = Files.walk(h2)) {
                for (Path f : fichiers.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        System.out.println("Bases de test prêtes : PostgreSQL " + base + " recréée, H2 " + h2 + " vidée.");
    }
}

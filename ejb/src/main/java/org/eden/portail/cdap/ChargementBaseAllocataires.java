package org.eden.portail.cdap;

import org.eden.portail.shared.Entite;
import org.eden.portail.trace.MigrationsTraces;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The command that fills a PostgreSQL beneficiary base with synthetic files (see README, "CDAP"):
 * <pre>mvn -B -o -pl ejb -am -Pbase-allocataires validate -Dbase.url=jdbc:postgresql://127.0.0.1:5432/eden_cdap -Dbase.dossiers=1000000</pre>
 * It brings the schema up to date with the portal's own migrations, removes the Cafs' previous
 * files, drops the primary keys of the alloc_* tables, streams the files with COPY, rebuilds the keys (one
 * sorted index build is much faster than a million random inserts into a b-tree) and analyses the tables. It prints the time
 * of each step. With {@code -Dbase.dossiers=0} it only brings the schema up to date (for instance
 * a base loaded by an earlier build, before the server of a newer one starts on it).
 */
public final class ChargementBaseAllocataires {

    private static final int LOT = 5_000;

    private ChargementBaseAllocataires() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getProperty("base.url", "jdbc:postgresql://127.0.0.1:5432/eden");
        String utilisateur = System.getProperty("base.utilisateur", "postgres");
        String motDePasse = System.getProperty("base.motdepasse", "postgres");
        int nombre = Integer.parseInt(System.getProperty("base.dossiers", "1000000"));
        long graine = Long.parseLong(System.getProperty("base.graine", "2026"));
        List<String> cafs = List.of(System.getProperty("base.cafs", "271").split(","));
        LocalDate reference = LocalDate.parse(System.getProperty("base.reference", LocalDate.now().toString()));

        long debut = System.nanoTime();
        Flyway.configure(Entite.class.getClassLoader()).dataSource(url, utilisateur, motDePasse)
                .locations("classpath:db/migration").javaMigrations(MigrationsTraces.toutes())
                // A base loaded by an earlier build receives the migrations it lacks, whatever their number.
                .outOfOrder(true)
                .load().migrate();
        if (nombre == 0) {
            System.out.println("Schéma à jour ; aucun dossier chargé (base.dossiers=0).");
            return;
        }
        try (Connection connexion = DriverManager.getConnection(url, utilisateur, motDePasse)) {
            connexion.setAutoCommit(false);
            try (Statement s = connexion.createStatement()) {
                for (TablesBase.Table table : TablesBase.TABLES) {
                    try (PreparedStatement suppression = connexion.prepareStatement("DELETE FROM " + table.nom() + " WHERE code_caf = ?")) {
                        for (String caf : cafs) {
                            suppression.setString(1, caf);
                            suppression.executeUpdate();
                        }
                    }
                    s.execute("ALTER TABLE " + table.nom() + " DROP CONSTRAINT pk_" + table.nom());
                }
            }
            connexion.commit();
            long avantCopie = System.nanoTime();
            GenerateurDossiers generateur = new GenerateurDossiers(graine, reference);
            try (EcritureCopyPostgresql ecriture = new EcritureCopyPostgresql(connexion, LOT)) {
                for (int i = 0; i < nombre; i++) {
                    String caf = cafs.get(i % cafs.size());
                    ecriture.ecrire(generateur.generer(caf, i / cafs.size()));
                    if ((i + 1) % 100_000 == 0) {
                        System.out.printf(Locale.ROOT, "  %,d dossiers écrits (%s)%n", i + 1, duree(avantCopie));
                    }
                }
            }
            connexion.commit();
            long avantCles = System.nanoTime();
            try (Statement s = connexion.createStatement()) {
                for (TablesBase.Table table : TablesBase.TABLES) {
                    s.execute("ALTER TABLE " + table.nom() + " ADD CONSTRAINT pk_" + table.nom() + " PRIMARY KEY ("
                            + String.join(", ", cle(table)) + ")");
                }
            }
            connexion.commit();
            long avantAnalyse = System.nanoTime();
            connexion.setAutoCommit(true);
            try (Statement s = connexion.createStatement()) {
                for (TablesBase.Table table : TablesBase.TABLES) {
                    s.execute("ANALYZE " + table.nom());
                }
            }
            System.out.printf(Locale.ROOT, "Base allocataires : %,d dossiers (Caf %s, graine %d, référence %s)%n",
                    nombre, String.join(", ", cafs), graine, reference);
            System.out.printf(Locale.ROOT, "  génération + COPY : %s ; clés primaires : %s ; ANALYZE : %s ; total : %s%n",
                    secondes(avantCles - avantCopie), secondes(avantAnalyse - avantCles), duree(avantAnalyse), duree(debut));
            try (Statement s = connexion.createStatement()) {
                for (TablesBase.Table table : TablesBase.TABLES) {
                    try (ResultSet r = s.executeQuery("SELECT count(*), pg_size_pretty(pg_total_relation_size('" + table.nom() + "')) FROM " + table.nom())) {
                        r.next();
                        System.out.printf(Locale.ROOT, "  %-18s %,12d lignes  %s%n", table.nom(), r.getLong(1), r.getString(2));
                    }
                }
            }
        }
    }

    /** The primary key of each table (as in V9): the file's key, then the row's rank or date. */
    private static List<String> cle(TablesBase.Table table) {
        return switch (table.nom()) {
            case "alloc_dossier" -> List.of("code_caf", "numero");
            case "alloc_paiement" -> List.of("code_caf", "numero", "date_paiement");
            default -> List.of("code_caf", "numero", "rang");
        };
    }

    private static String duree(long depuis) {
        return secondes(System.nanoTime() - depuis);
    }

    private static String secondes(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }
}

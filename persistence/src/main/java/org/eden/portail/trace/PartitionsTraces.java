package org.eden.portail.trace;

import org.eden.portail.shared.Fuseau;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monthly partitions of the trace table, on PostgreSQL only (V25__TracesPartitionneesParMois):
 * {@code trace_AAAA_MM} holds the traces of that month, bounded at midnight Paris time of the
 * month's first day, and {@code trace_defaut} whatever falls in no month partition. Purging a month
 * then drops a table instead of deleting its rows one by one (R-TRACE-2).
 * <p>
 * Plain JDBC on the caller's connection, so that the migration and the repository share it: every
 * method must be called on a PostgreSQL connection, inside the caller's transaction.
 */
public final class PartitionsTraces {

    /** Where the rows of a month without partition land: empty in normal operation. */
    public static final String DEFAUT = "trace_defaut";

    /** The advisory lock that serialises the creation of partitions across nodes ("TRACE" in ASCII). */
    static final long VERROU = 0x5452414345L;

    private static final Pattern NOM = Pattern.compile("trace_(\\d{4})_(\\d{2})");
    private static final DateTimeFormatter SUFFIXE = DateTimeFormatter.ofPattern("yyyy_MM");

    private PartitionsTraces() {
    }

    /** {@code trace_AAAA_MM}. */
    public static String nom(YearMonth mois) {
        return "trace_" + mois.format(SUFFIXE);
    }

    /** Midnight, Paris time, of the month's first day: a partition's lower bound. */
    public static Instant debut(YearMonth mois) {
        return mois.atDay(1).atStartOfDay(Fuseau.PARIS).toInstant();
    }

    /** The month whose partition holds {@code instant}. */
    public static YearMonth mois(Instant instant) {
        return YearMonth.from(instant.atZone(Fuseau.PARIS));
    }

    /**
     * The guard against TRUNCATE (R-TRACE-1) on one table: a statement trigger does not pass from a
     * partitioned table to its partitions, so each partition gets its own, or a {@code TRUNCATE
     * trace_2027_01} would empty a month without a word.
     */
    public static void gardeTruncate(Statement sql, String table) throws SQLException {
        sql.execute("CREATE TRIGGER trace_ajout_seul_truncate BEFORE TRUNCATE ON " + table
                + " FOR EACH STATEMENT EXECUTE FUNCTION trace_refuser_modification()");
    }

    /**
     * Creates the partitions of these months that do not exist yet (the daily job asks for the
     * coming months, so that no trace lands in the default partition). Should the default partition
     * already hold rows of such a month, they are moved into the new partition first: PostgreSQL
     * refuses a partition whose rows sit in the default one.
     *
     * @return the partitions created
     */
    public static List<String> assurer(Connection connexion, YearMonth... mois) throws SQLException {
        // Every node of a cluster runs this at startup and at night: one at a time (until the end
        // of the transaction), the later ones then find the partitions made.
        try (Statement verrou = connexion.createStatement()) {
            verrou.execute("SELECT pg_advisory_xact_lock(" + VERROU + ")");
        }
        List<String> existantes = partitions(connexion);
        List<String> creees = new ArrayList<>();
        try (Statement sql = connexion.createStatement()) {
            for (YearMonth m : mois) {
                String nom = nom(m);
                if (existantes.contains(nom)) {
                    continue;
                }
                String bornes = "FOR VALUES FROM ('" + debut(m) + "') TO ('" + debut(m.plusMonths(1)) + "')";
                if (existantes.contains(DEFAUT) && lignesDuMoisParDefaut(connexion, m)) {
                    sql.execute("CREATE TABLE " + nom + " (LIKE trace INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
                    // The delete out of the default partition is the schema's one way (V4_1); it ends
                    // with this transaction.
                    sql.execute("SELECT set_config('eden.purge', 'on', true)");
                    sql.execute("WITH d AS (DELETE FROM " + DEFAUT + " WHERE horodatage >= '" + debut(m)
                            + "' AND horodatage < '" + debut(m.plusMonths(1)) + "' RETURNING *) INSERT INTO " + nom
                            + " SELECT * FROM d");
                    sql.execute("ALTER TABLE trace ATTACH PARTITION " + nom + " " + bornes);
                } else {
                    sql.execute("CREATE TABLE " + nom + " PARTITION OF trace " + bornes);
                }
                gardeTruncate(sql, nom);
                existantes.add(nom);
                creees.add(nom);
            }
        }
        return creees;
    }

    private static boolean lignesDuMoisParDefaut(Connection connexion, YearMonth m) throws SQLException {
        try (PreparedStatement sql = connexion.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + DEFAUT
                + " WHERE horodatage >= ? AND horodatage < ?)")) {
            sql.setObject(1, debut(m).atOffset(java.time.ZoneOffset.UTC));
            sql.setObject(2, debut(m.plusMonths(1)).atOffset(java.time.ZoneOffset.UTC));
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Drops the month partitions wholly before {@code limite} (upper bound ≤ limite) that hold no
     * trace to keep: none of rang {@code premierAGarder} or more, none waiting to be sealed. Such a
     * partition holds only traces the purge removes anyway (rang &lt; premierAGarder), so dropping it
     * is the same purge without deleting its rows one by one. A partition that holds a trace to keep
     * (the rang order and the time order can cross by a little in a cluster) is left to the row
     * deletes.
     *
     * @return how many traces the dropped partitions held
     */
    public static long supprimerAnciennes(Connection connexion, Instant limite, long premierAGarder) throws SQLException {
        long supprimees = 0;
        for (String nom : partitions(connexion)) {
            Matcher m = NOM.matcher(nom);
            if (!m.matches()) {
                continue; // the default partition: its rows are deleted one by one
            }
            YearMonth mois = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (debut(mois.plusMonths(1)).isAfter(limite)) {
                continue;
            }
            long toutes;
            long aGarder;
            try (PreparedStatement sql = connexion.prepareStatement("SELECT COUNT(*), COUNT(*) FILTER (WHERE rang IS NULL OR rang >= ?) FROM " + nom)) {
                sql.setLong(1, premierAGarder);
                try (ResultSet rs = sql.executeQuery()) {
                    rs.next();
                    toutes = rs.getLong(1);
                    aGarder = rs.getLong(2);
                }
            }
            if (aGarder == 0) {
                try (Statement sql = connexion.createStatement()) {
                    sql.execute("DROP TABLE " + nom);
                }
                supprimees += toutes;
            }
        }
        return supprimees;
    }

    /** The partitions of the trace table, month partitions in month order, then the default one. */
    public static List<String> partitions(Connection connexion) throws SQLException {
        List<String> noms = new ArrayList<>();
        try (Statement sql = connexion.createStatement(); ResultSet rs = sql.executeQuery(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                        + "WHERE i.inhparent = 'trace'::regclass ORDER BY c.relname")) {
            while (rs.next()) {
                noms.add(rs.getString(1));
            }
        }
        // "trace_defaut" sorts after every "trace_2…": month order, then the default partition.
        return noms;
    }
}

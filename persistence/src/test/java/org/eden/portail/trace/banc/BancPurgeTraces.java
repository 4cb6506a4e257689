package org.eden.portail.trace.banc;

import org.eden.portail.trace.PartitionsTraces;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark of the retention purge on PostgreSQL (R-TRACE-2, issue 18): the same traces purged
 * twice, once as the portal does (whole month partitions dropped, then the rest of the chain's
 * prefix deleted row by row: {@link PartitionsTraces#supprimerAnciennes}) and once by row deletes
 * only (what the purge did before V25). Not a test: run by hand with
 * {@code mvn -B -o -pl persistence -Pbanc-purge test [-Dbanc.traces=1000000] [-Dbanc.jours=120]}.
 * <ol>
 * <li>Recreates the database {@code banc.url} and migrates it with the portal's migrations: the
 * partitioned table, its indexes and its guard are production's.</li>
 * <li>Fills it with {@code banc.traces} sealed traces spread evenly over {@code banc.jours} days from
 * 1 January 2025 (fixed dates: the figures do not depend on the day the benchmark runs), rang and
 * time in the same order, one partition per month.</li>
 * <li>Purges up to a limit {@code banc.jours − 20} days after the start, in the middle of a month:
 * the months wholly before it go as partitions, the start of the month that holds it row by row.
 * Then refills the same traces and purges them again by row deletes only. Prints both times, and
 * their ratio. No time is asserted.</li>
 * </ol>
 */
public final class BancPurgeTraces {

    static final LocalDate DEBUT = LocalDate.of(2025, 1, 1);

    private BancPurgeTraces() {
    }

    public static void main(String[] args) throws Exception {
        BaseBanc base = BaseBanc.depuisProprietes("jdbc:postgresql://127.0.0.1:5432/eden_banc_purge");
        long nombre = Long.getLong("banc.traces", 1_000_000L);
        int jours = Integer.getInteger("banc.jours", 120);

        base.preparer(true);

        Instant debut = DEBUT.atStartOfDay(org.eden.portail.shared.Fuseau.PARIS).toInstant();
        Instant fin = debut.plus(Duration.ofDays(jours));
        Instant limite = debut.plus(Duration.ofDays(jours - 20L));
        List<YearMonth> mois = new ArrayList<>();
        for (YearMonth m = PartitionsTraces.mois(debut); !m.isAfter(PartitionsTraces.mois(fin)); m = m.plusMonths(1)) {
            mois.add(m);
        }

        try (Connection c = base.connexion()) {
            PartitionsTraces.assurer(c, mois.toArray(YearMonth[]::new));
            System.out.printf(Locale.ROOT, "%,d traces sur %d jours à partir du %s, %d partitions mensuelles ; limite de purge %s%n",
                    nombre, jours, DEBUT, mois.size(), limite);

            charger(c, nombre, debut, fin);
            long premier = premierAGarder(c, limite);
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            long enPartitions = PartitionsTraces.supprimerAnciennes(c, limite, premier);
            double tPartitions = secondes(t0);
            long t1 = System.nanoTime();
            long enLignes = supprimerLignes(c, premier);
            double tLignes = secondes(t1);
            c.commit();
            double tTotal = secondes(t0);
            c.setAutoCommit(true);
            System.out.printf(Locale.ROOT, "Purge par partitions : %,d traces en partitions supprimées en %.2f s, "
                    + "%,d supprimées ligne à ligne en %.2f s ; total %,d en %.2f s (commit compris)%n",
                    enPartitions, tPartitions, enLignes, tLignes, enPartitions + enLignes, tTotal);

            // The same traces again, in the months' partitions recreated empty.
            PartitionsTraces.assurer(c, mois.toArray(YearMonth[]::new));
            viderTout(c);
            charger(c, nombre, debut, fin);
            c.setAutoCommit(false);
            long t2 = System.nanoTime();
            long toutesEnLignes = supprimerLignes(c, premierAGarder(c, limite));
            c.commit();
            double tSeulesLignes = secondes(t2);
            c.setAutoCommit(true);
            System.out.printf(Locale.ROOT, "Purge ligne à ligne seule : %,d traces supprimées en %.2f s (commit compris)%n",
                    toutesEnLignes, tSeulesLignes);
            System.out.printf(Locale.ROOT, "Rapport : la purge ligne à ligne prend %.1f fois le temps de la purge par partitions%n",
                    tSeulesLignes / tTotal);
            if (toutesEnLignes != enPartitions + enLignes) {
                throw new IllegalStateException("Les deux purges n'ont pas supprimé le même nombre de traces");
            }
        }
    }


    /** Sealed-looking traces (the hashes are filler: the chain is not what is measured), rang = id = g. */
    private static void charger(Connection c, long nombre, Instant debut, Instant fin) throws SQLException {
        long t = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO trace (id, rang, horodatage, identifiant, organisme_id, code_caf, profil, action, cible_type, cible_id,
                                   resultat, ip, session_hash, hash_precedent, hash)
                SELECT g, g, ?::timestamptz + (g - 1) * ((?::timestamptz - ?::timestamptz) / ?),
                       'U' || lpad(mod(g, 100000)::text, 8, '0'), mod(g, 5000), lpad((mod(g, 100) + 1)::text, 3, '0'),
                       'PARTENAIRE', (ARRAY['CONNEXION','CONSULTATION_DOSSIER_CDAP','DECONNEXION','DECLARATION_AFAS'])[1 + mod(g, 4)],
                       'ALLOCATAIRE', mod(g, 2000000)::text, 'SUCCES', '10.0.' || mod(g, 250) || '.1',
                       lpad(to_hex(g / 40), 64, 'a'), lpad(to_hex(g - 1), 64, '0'), lpad(to_hex(g), 64, '0')
                FROM generate_series(1, ?) AS g
                """)) {
            s.setObject(1, debut.atOffset(ZoneOffset.UTC));
            s.setObject(2, fin.atOffset(ZoneOffset.UTC));
            s.setObject(3, debut.atOffset(ZoneOffset.UTC));
            s.setLong(4, nombre);
            s.setLong(5, nombre);
            s.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE trace");
        }
        System.out.printf(Locale.ROOT, "  %,d traces chargées en %.1f s%n", nombre, secondes(t));
    }

    /** As the purge finds it: the oldest rang at or after the limit. */
    private static long premierAGarder(Connection c, Instant limite) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MIN(rang) FROM trace WHERE horodatage >= ?")) {
            s.setObject(1, limite.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The purge's row delete, through the schema's one door (transaction-local eden.purge). */
    private static long supprimerLignes(Connection c, long premier) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT set_config('eden.purge', 'on', true)");
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM trace WHERE rang < ?")) {
            s.setLong(1, premier);
            return s.executeUpdate();
        }
    }

    private static void viderTout(Connection c) throws SQLException {
        c.setAutoCommit(false);
        supprimerLignes(c, Long.MAX_VALUE);
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM trace");
        }
    }

    private static double secondes(long depuis) {
        return (System.nanoTime() - depuis) / 1e9;
    }
}

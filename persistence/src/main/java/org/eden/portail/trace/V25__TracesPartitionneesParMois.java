package org.eden.portail.trace;

import jakarta.enterprise.context.Dependent;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * On PostgreSQL, the trace table becomes partitioned by month ({@code RANGE (horodatage)}, see
 * {@link PartitionsTraces}): the six-month purge (R-TRACE-2) then drops whole months instead of
 * deleting millions of rows, and the table's indexes stay those of a few months each. On H2 it does
 * nothing: the purge deletes rows there, as before, and both histories stay identical.
 * <p>
 * What partitioning costs, and how it is made up for:
 * <ul>
 * <li>the primary key becomes {@code (id, horodatage)}: PostgreSQL wants the partition key in every
 * unique constraint. {@code id} still comes from {@code trace_seq} alone;</li>
 * <li>{@code rang} can no longer be unique across the table: its index becomes a plain one, and the
 * verification of the chain reports a rang found twice (see {@link VerificateurChaine});</li>
 * <li>a statement trigger does not reach the partitions: the TRUNCATE guard of V4_1 is put on the
 * table and on each partition ({@link PartitionsTraces#gardeTruncate}); the row trigger (UPDATE,
 * DELETE) on the partitioned table is cloned by PostgreSQL onto every partition, present and
 * future.</li>
 * </ul>
 * The existing rows are copied into the new table (one partition per month they cover), then the
 * old table is dropped.
 */
@Dependent
public class V25__TracesPartitionneesParMois extends BaseJavaMigration {

    /** Every index of V4, V8 and V21 on the trace table, rang's no longer unique. */
    static final String[] INDEX = {
            "CREATE INDEX ix_trace_organisme ON trace (organisme_id, horodatage)",
            "CREATE INDEX ix_trace_identifiant ON trace (identifiant, horodatage)",
            "CREATE INDEX ix_trace_caf ON trace (code_caf, horodatage)",
            "CREATE INDEX ix_trace_action ON trace (action, horodatage)",
            "CREATE INDEX ix_trace_horodatage ON trace (horodatage)",
            "CREATE INDEX ix_trace_organisme_action ON trace (organisme_id, action, horodatage)",
            "CREATE INDEX ix_trace_caf_action ON trace (code_caf, action, horodatage)",
            "CREATE INDEX ix_trace_caf_resultat ON trace (code_caf, resultat, horodatage)",
            "CREATE INDEX ix_trace_cible ON trace (cible_type, cible_id, horodatage)",
            "CREATE INDEX ix_trace_a_sceller ON trace (id) WHERE rang IS NULL",
            "CREATE INDEX ix_trace_rang ON trace (rang)",
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connexion = context.getConnection();
        if (!"PostgreSQL".equalsIgnoreCase(connexion.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = connexion.createStatement()) {
            YearMonth premier;
            try (ResultSet rs = sql.executeQuery("SELECT MIN(horodatage) FROM trace")) {
                rs.next();
                java.sql.Timestamp min = rs.getTimestamp(1);
                premier = min == null ? null : PartitionsTraces.mois(min.toInstant());
            }
            // The wall clock, deliberately: a migration runs before the portal's injected clock
            // exists, and only decides which months get a partition now. The daily job
            // (RetentionTraces.preparerPartitions) creates the later ones ahead of time with the
            // portal's clock; a month missed here would only land in the default partition.
            YearMonth courant = PartitionsTraces.mois(Instant.now());
            List<YearMonth> mois = new ArrayList<>();
            for (YearMonth m = premier == null || premier.isAfter(courant) ? courant : premier;
                 !m.isAfter(courant.plusMonths(1)); m = m.plusMonths(1)) {
                mois.add(m);
            }

            sql.execute("CREATE TABLE trace_partitionnee (LIKE trace INCLUDING DEFAULTS INCLUDING CONSTRAINTS) "
                    + "PARTITION BY RANGE (horodatage)");
            for (YearMonth m : mois) {
                sql.execute("CREATE TABLE " + PartitionsTraces.nom(m) + " PARTITION OF trace_partitionnee FOR VALUES FROM ('"
                        + PartitionsTraces.debut(m) + "') TO ('" + PartitionsTraces.debut(m.plusMonths(1)) + "')");
            }
            sql.execute("CREATE TABLE " + PartitionsTraces.DEFAUT + " PARTITION OF trace_partitionnee DEFAULT");
            // Same columns in the same order (LIKE): the rows go over as they are, hashes untouched.
            sql.execute("INSERT INTO trace_partitionnee SELECT * FROM trace");
            sql.execute("DROP TABLE trace");
            sql.execute("ALTER TABLE trace_partitionnee RENAME TO trace");
            sql.execute("ALTER TABLE trace ADD CONSTRAINT pk_trace PRIMARY KEY (id, horodatage)");
            for (String index : INDEX) {
                sql.execute(index);
            }
            // V4_1's guard, as V21 left its function: refuses UPDATE but the sealing, DELETE outside
            // the purge; cloned by PostgreSQL onto each partition.
            sql.execute("CREATE TRIGGER trace_ajout_seul BEFORE UPDATE OR DELETE ON trace "
                    + "FOR EACH ROW EXECUTE FUNCTION trace_refuser_modification()");
            PartitionsTraces.gardeTruncate(sql, "trace");
            for (YearMonth m : mois) {
                PartitionsTraces.gardeTruncate(sql, PartitionsTraces.nom(m));
            }
            PartitionsTraces.gardeTruncate(sql, PartitionsTraces.DEFAUT);
        }
    }
}

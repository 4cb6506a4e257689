package org.eden.portail.trace;

import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The trace context's Java migrations, for the tools that run Flyway outside the server
 * (benchmarks, the allocataires loader). In the server, they are CDI beans found by MigrationSchema.
 */
public final class MigrationsTraces {

    private MigrationsTraces() {
    }

    public static JavaMigration[] toutes() {
        return new JavaMigration[]{new V4_1__TracesEnAjoutSeul(), new V21__ScellementDesTraces(),
                new V25__TracesPartitionneesParMois()};
    }
}

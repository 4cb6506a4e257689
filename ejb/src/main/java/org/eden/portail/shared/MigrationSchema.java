package org.eden.portail.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.eden.portail.trace.V4_1__TracesEnAjoutSeul;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the database schema to the version this build expects, at deployment and before
 * anything else reads it. The migrations in {@code db/migration} (persistence module) are the only
 * owner of the schema, identical on H2 and PostgreSQL (one Java migration, V4_1, has work to do
 * on PostgreSQL only). In a cluster Flyway's own lock table makes the nodes that start together
 * wait for the first one.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class MigrationSchema {

    private static final Logger LOG = Logger.getLogger(MigrationSchema.class.getName());

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    private DataSource dataSource;

    @PostConstruct
    void migrer() {
        Flyway flyway = Flyway.configure(Entite.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Registered here rather than scanned: its one job is the PostgreSQL-only guard of
                // the traces, and it runs (as a no-op) on H2 too, so both histories stay identical.
                .javaMigrations(new V4_1__TracesEnAjoutSeul())
                .load();
        MigrateResult resultat = flyway.migrate();
        LOG.info(() -> "Schéma EDEN en version " + flyway.info().current().getVersion()
                + " (" + resultat.migrationsExecuted + " migration(s) appliquée(s) à l'instant)");
    }
}

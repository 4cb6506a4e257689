package org.eden.portail.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the database schema to the version this build expects, at deployment and before
 * anything else reads it. The migrations in {@code db/migration} (persistence module) are the only
 * owner of the schema, identical on H2 and PostgreSQL (Java migrations V4_1 and V25 have work to
 * do on PostgreSQL only). In a cluster Flyway's own lock table makes the nodes that start together
 * wait for the first one.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class MigrationSchema {

    private static final Logger LOG = Logger.getLogger(MigrationSchema.class.getName());

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    private DataSource dataSource;

    /**
     * The Java migrations, CDI beans of the context whose tables they guard (trace's V4_1): found
     * here rather than named, so that shared, the bottom of the contexts, imports none of them.
     */
    @Inject
    @Any
    Instance<JavaMigration> migrationsJava;

    @PostConstruct
    void migrer() {
        JavaMigration[] java = migrationsJava.stream().toArray(JavaMigration[]::new);
        if (java.length == 0) {
            // The history holds V4_1 on every database: without it a new database would silently
            // miss the guard of the traces, and an existing one fail Flyway's validation.
            throw new IllegalStateException("Aucune migration Java trouvée : déploiement incomplet");
        }
        Flyway flyway = Flyway.configure(Entite.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Registered rather than scanned by Flyway: V4_1's one job is the PostgreSQL-only
                // guard of the traces, and it runs (as a no-op) on H2 too, so both histories stay
                // identical.
                .javaMigrations(java)
                .load();
        MigrateResult resultat = flyway.migrate();
        LOG.info(() -> "Schéma EDEN en version " + flyway.info().current().getVersion()
                + " (" + resultat.migrationsExecuted + " migration(s) appliquée(s) à l'instant)");
    }
}

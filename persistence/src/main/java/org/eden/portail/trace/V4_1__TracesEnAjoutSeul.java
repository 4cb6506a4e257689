package org.eden.portail.trace;

import jakarta.enterprise.context.Dependent;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * R-TRACE-1 in the schema itself, on PostgreSQL: a trigger refuses every UPDATE of the trace table,
 * and every DELETE (and TRUNCATE) unless the transaction set {@code eden.purge = 'on'} — which only
 * the retention purge does ({@code set_config('eden.purge', 'on', true)}, transaction-local).
 * <p>
 * Why a Java migration: the migration history must be the same on H2 and PostgreSQL, and H2 has no
 * PL/pgSQL. This one is version 4.1 on both databases and does nothing on H2, where append-only
 * holds at the application level (no code path updates or deletes a trace except the purge).
 * It is a CDI bean that MigrationSchema hands to Flyway (not found by Flyway's scanning), so its
 * package is free and shared's MigrationSchema does not name it.
 */
@Dependent
public class V4_1__TracesEnAjoutSeul extends BaseJavaMigration {

    static final String FONCTION = """
            CREATE FUNCTION trace_refuser_modification() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'TRUNCATE') AND current_setting('eden.purge', true) = 'on' THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION 'R-TRACE-1 : les traces ne se modifient ni ne se suppriment (% refusé)', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$""";

    @Override
    public void migrate(Context context) throws Exception {
        String base = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(base)) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute(FONCTION);
            sql.execute("CREATE TRIGGER trace_ajout_seul BEFORE UPDATE OR DELETE ON trace "
                    + "FOR EACH ROW EXECUTE FUNCTION trace_refuser_modification()");
            sql.execute("CREATE TRIGGER trace_ajout_seul_truncate BEFORE TRUNCATE ON trace "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION trace_refuser_modification()");
        }
    }
}

package org.eden.portail.trace;

import jakarta.enterprise.context.Dependent;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Version 13.1, on both databases: the traces written before V13 were sealed in rang order, so
 * their maillon is their rang; the rang sequence starts after the last one given. On PostgreSQL
 * also: the append-only guard of V4_1 now lets the sealer through — one UPDATE per trace, once,
 * that fills maillon and the hashes of a trace that has none and changes nothing else — and the
 * sealer finds the traces to seal through a partial index (H2 has none; its tables are small).
 * <p>
 * Java because the sequence's start depends on the rows and the guard is PL/pgSQL; a CDI bean
 * handed to Flyway by MigrationSchema, like V4_1.
 */
@Dependent
public class V13_1__TracesScellees extends BaseJavaMigration {

    static final String FONCTION = """
            CREATE OR REPLACE FUNCTION trace_refuser_modification() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'TRUNCATE') AND current_setting('eden.purge', true) = 'on' THEN
                    RETURN OLD;
                END IF;
                -- The sealing: an unsealed trace gets its link and hashes, and nothing else changes.
                IF TG_OP = 'UPDATE' AND OLD.maillon IS NULL AND OLD.hash IS NULL AND NEW.maillon IS NOT NULL
                   AND (NEW.rang, NEW.horodatage, NEW.identifiant, NEW.organisme_id, NEW.code_caf, NEW.profil,
                        NEW.action, NEW.cible_type, NEW.cible_id, NEW.resultat, NEW.detail, NEW.ip, NEW.session_hash)
                       IS NOT DISTINCT FROM
                       (OLD.rang, OLD.horodatage, OLD.identifiant, OLD.organisme_id, OLD.code_caf, OLD.profil,
                        OLD.action, OLD.cible_type, OLD.cible_id, OLD.resultat, OLD.detail, OLD.ip, OLD.session_hash) THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'R-TRACE-1 : les traces ne se modifient ni ne se suppriment (% refusé)', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$""";

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgresql = "PostgreSQL".equalsIgnoreCase(context.getConnection().getMetaData().getDatabaseProductName());
        try (Statement sql = context.getConnection().createStatement()) {
            if (postgresql) {
                // The old guard refuses every UPDATE: off for this one, inside the migration's transaction.
                sql.execute("ALTER TABLE trace DISABLE TRIGGER trace_ajout_seul");
            }
            sql.execute("UPDATE trace SET maillon = rang");
            long dernier;
            try (ResultSet rs = sql.executeQuery("SELECT COALESCE(MAX(rang), 0) FROM trace")) {
                rs.next();
                dernier = rs.getLong(1);
            }
            // Allocated by 50 (Trace's @SequenceGenerator): the first value read gives the block ending at it.
            sql.execute("CREATE SEQUENCE trace_rang_seq START WITH " + (dernier + 50) + " INCREMENT BY 50");
            if (postgresql) {
                sql.execute("ALTER TABLE trace ENABLE TRIGGER trace_ajout_seul");
                sql.execute(FONCTION);
                sql.execute("CREATE INDEX ix_trace_a_sceller ON trace (rang) WHERE maillon IS NULL");
            }
        }
    }
}

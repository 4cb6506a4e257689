package org.eden.portail.trace;

import jakarta.enterprise.context.Dependent;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Traces sealed after the fact (see {@link Trace}): the row gets a key of its own ({@code id}, from
 * {@code trace_seq}), and {@code rang}, {@code hash_precedent}, {@code hash} stay empty until the
 * sealer fills them. The existing rows keep their rang, which becomes their id too.
 * <p>
 * A Java migration because the two databases rename a column differently and PostgreSQL must let
 * the sealing through its append-only trigger (V4_1): one update is now allowed, from an unsealed
 * row to the same row sealed, content untouched; a sealed row is as immutable as before.
 */
@Dependent
public class V21__ScellementDesTraces extends BaseJavaMigration {

    static final String FONCTION = """
            CREATE OR REPLACE FUNCTION trace_refuser_modification() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'TRUNCATE') AND current_setting('eden.purge', true) = 'on' THEN
                    RETURN OLD;
                END IF;
                IF TG_OP = 'UPDATE' THEN
                    IF OLD.rang IS NULL AND OLD.hash IS NULL AND OLD.hash_precedent IS NULL
                            AND NEW.rang IS NOT NULL AND NEW.hash IS NOT NULL AND NEW.hash_precedent IS NOT NULL
                            AND (NEW.id, NEW.horodatage, NEW.identifiant, NEW.organisme_id, NEW.code_caf, NEW.profil,
                                 NEW.action, NEW.cible_type, NEW.cible_id, NEW.resultat, NEW.detail, NEW.ip,
                                 NEW.session_hash)
                            IS NOT DISTINCT FROM
                                (OLD.id, OLD.horodatage, OLD.identifiant, OLD.organisme_id, OLD.code_caf, OLD.profil,
                                 OLD.action, OLD.cible_type, OLD.cible_id, OLD.resultat, OLD.detail, OLD.ip,
                                 OLD.session_hash) THEN
                        RETURN NEW; -- the sealing, once
                    END IF;
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
                sql.execute(FONCTION);
                sql.execute("ALTER TABLE trace DISABLE TRIGGER trace_ajout_seul");
                sql.execute("ALTER TABLE trace RENAME COLUMN rang TO id");
            } else {
                sql.execute("ALTER TABLE trace ALTER COLUMN rang RENAME TO id");
            }
            sql.execute("ALTER TABLE trace ADD COLUMN rang BIGINT");
            sql.execute("UPDATE trace SET rang = id");
            if (postgresql) {
                sql.execute("ALTER TABLE trace ENABLE TRIGGER trace_ajout_seul");
                // What the sealer looks for, kept small: only the waiting rows are in it.
                sql.execute("CREATE INDEX ix_trace_a_sceller ON trace (id) WHERE rang IS NULL");
            }
            sql.execute("ALTER TABLE trace ALTER COLUMN hash_precedent DROP NOT NULL");
            sql.execute("ALTER TABLE trace ALTER COLUMN hash DROP NOT NULL");
            sql.execute("CREATE UNIQUE INDEX ux_trace_rang ON trace (rang)");
            long suivant;
            try (ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) FROM trace")) {
                max.next();
                // Well past the last id whichever end of its block of 50 the JPA provider takes.
                suivant = max.getLong(1) + 1000;
            }
            sql.execute("CREATE SEQUENCE trace_seq START WITH " + suivant + " INCREMENT BY 50");
        }
    }
}

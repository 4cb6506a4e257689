package org.eden.portail.tableaudebord;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The supervision benchmark's set-based fold (PostgreSQL only, {@code -Dbanc.repli=sql}): what
 * {@link EntrepotSupervision#replier} and {@link PliageTraces} do trace by trace, done by the
 * database over millions of rangs per statement, to load the 50 M benchmark in reasonable time.
 * Not the portal's fold: it assumes contiguous rangs (the benchmark writes them so), takes no
 * care of sealing nor of other nodes beyond the watermark's lock, and writes with ON CONFLICT.
 * <p>
 * Same counts as the job for every table (V24's included) but one difference, on purpose: a CDAP session is
 * counted once per day over the whole load ({@code sup_session_cdap} keeps every day until the
 * end of the load, then the job's two days), where the job folding months of old traces forgets
 * the sessions of days older than two days after each batch and counts a session again in each
 * batch it appears in (it never meets that case in the portal, where it folds the minute's traces).
 */
final class RepliEnSql {

    /** Rangs per transaction: a few million rows of temporary tables. */
    static final long PAQUET = 2_000_000;

    private RepliEnSql() {
    }

    /** Folds the traces after the watermark, at most {@code maximum}; the number of traces read. */
    static long replier(Connection c, long maximum) throws SQLException {
        long total = 0;
        try (Statement s = c.createStatement()) {
            while (total < maximum) {
                long w = valeur(s, "SELECT dernier_rang FROM sup_filigrane WHERE id = 1 FOR UPDATE");
                long m = Math.min(valeur(s, "SELECT COALESCE(MAX(rang), 0) FROM trace"), w + Math.min(PAQUET, maximum - total));
                if (m <= w) {
                    c.rollback();
                    break;
                }
                long t0 = System.nanoTime();
                plier(s, w, m);
                s.executeUpdate("UPDATE sup_filigrane SET dernier_rang = " + m + ", replie_le = now() WHERE id = 1");
                c.commit();
                total += m - w;
                System.out.printf(Locale.ROOT, "  repli ensembliste : rangs %,d à %,d (%.1f s)%n", w + 1, m, (System.nanoTime() - t0) / 1e9);
            }
            // As the job leaves it: the sessions of the last two days only, the accounts per Caf counted (V24).
            s.executeUpdate("DELETE FROM sup_session_cdap WHERE jour < DATE '" + LocalDate.now(PliageTraces.FUSEAU).minusDays(2) + "'");
            EntrepotSupervision.recompterComptes(c);
            c.commit();
        }
        return total;
    }

    private static void plier(Statement s, long w, long m) throws SQLException {
        // The traces the job counts (PliageTraces.plier): successful, of a partner's user, of the three supervised actions.
        s.execute("CREATE TEMP TABLE pli ON COMMIT DROP AS SELECT rang, identifiant, organisme_id, code_caf, action, cible_id, detail,"
                + " COALESCE(session_hash, 'u:' || identifiant) AS cle, (horodatage AT TIME ZONE 'Europe/Paris') AS locale,"
                + " (horodatage AT TIME ZONE 'Europe/Paris')::date AS jour,"
                + " CASE WHEN action = 'CDAP_SECTION' THEN substring(detail from 'section=([^ ]*)') END AS section"
                + " FROM trace WHERE rang > " + w + " AND rang <= " + m + " AND resultat = 'SUCCES' AND organisme_id IS NOT NULL"
                + " AND identifiant IS NOT NULL AND code_caf IS NOT NULL AND action IN ('CONNEXION', 'CDAP_RECHERCHE', 'CDAP_SECTION')");
        s.execute("CREATE TEMP TABLE delta ON COMMIT DROP AS SELECT jour, code_caf, organisme_id,"
                + " CASE action WHEN 'CONNEXION' THEN 'CONNEXION' WHEN 'CDAP_RECHERCHE' THEN 'DOSSIER_CDAP' ELSE 'SECTION_' || section END AS nature,"
                + " COUNT(*) AS n FROM pli WHERE action <> 'CDAP_SECTION' OR section ~ '^[A-Z_]{1,30}$' GROUP BY 1, 2, 3, 4");
        // A CDAP connection: a (day, session) not counted before, given to the partner of its first trace.
        s.execute("CREATE TEMP TABLE sessions ON COMMIT DROP AS SELECT DISTINCT ON (jour, cle) jour, cle, code_caf, organisme_id FROM pli"
                + " WHERE action IN ('CDAP_RECHERCHE', 'CDAP_SECTION') ORDER BY jour, cle, rang");
        s.execute("DELETE FROM sessions n USING sup_session_cdap x WHERE x.jour = n.jour AND x.cle = n.cle");
        s.execute("INSERT INTO delta SELECT jour, code_caf, organisme_id, 'CONNEXION_CDAP', COUNT(*) FROM sessions GROUP BY 1, 2, 3");
        s.execute("INSERT INTO sup_session_cdap (jour, cle) SELECT jour, cle FROM sessions");
        s.execute("INSERT INTO sup_activite_jour (jour, code_caf, organisme_id, nature, nombre) SELECT jour, code_caf, organisme_id, nature,"
                + " SUM(n) FROM delta GROUP BY 1, 2, 3, 4 ON CONFLICT ON CONSTRAINT pk_sup_activite_jour"
                + " DO UPDATE SET nombre = sup_activite_jour.nombre + EXCLUDED.nombre");
        s.execute("INSERT INTO sup_caf_jour (jour, code_caf, nature, nombre) SELECT jour, code_caf, nature, SUM(n) FROM delta GROUP BY 1, 2, 3"
                + " ON CONFLICT ON CONSTRAINT pk_sup_caf_jour DO UPDATE SET nombre = sup_caf_jour.nombre + EXCLUDED.nombre");
        s.execute("INSERT INTO sup_utilisateur_jour (jour, identifiant, organisme_id, code_caf, connexions, dossiers, dossiers_nuit,"
                + " dossiers_autre_caf) SELECT jour, identifiant, (array_agg(organisme_id ORDER BY rang))[1], (array_agg(code_caf ORDER BY rang))[1],"
                + " COUNT(*) FILTER (WHERE action = 'CONNEXION'), COUNT(*) FILTER (WHERE action = 'CDAP_RECHERCHE'),"
                + " COUNT(*) FILTER (WHERE action = 'CDAP_RECHERCHE' AND (EXTRACT(HOUR FROM locale) < " + PliageTraces.DEBUT_JOURNEE
                + " OR EXTRACT(HOUR FROM locale) >= " + PliageTraces.FIN_JOURNEE + ")),"
                + " COUNT(*) FILTER (WHERE action = 'CDAP_RECHERCHE' AND cible_id IS NOT NULL AND split_part(cible_id, '/', 1) <> code_caf)"
                + " FROM pli WHERE action IN ('CONNEXION', 'CDAP_RECHERCHE') GROUP BY jour, identifiant"
                + " ON CONFLICT ON CONSTRAINT pk_sup_utilisateur_jour DO UPDATE SET connexions = sup_utilisateur_jour.connexions + EXCLUDED.connexions,"
                + " dossiers = sup_utilisateur_jour.dossiers + EXCLUDED.dossiers, dossiers_nuit = sup_utilisateur_jour.dossiers_nuit"
                + " + EXCLUDED.dossiers_nuit, dossiers_autre_caf = sup_utilisateur_jour.dossiers_autre_caf + EXCLUDED.dossiers_autre_caf");
        s.execute("CREATE TEMP TABLE derniers ON COMMIT DROP AS SELECT DISTINCT ON (identifiant) identifiant, code_caf, jour FROM pli"
                + " WHERE action IN ('CONNEXION', 'CDAP_RECHERCHE') ORDER BY identifiant, jour DESC, rang DESC");
        // V24: each user whose last day or Caf moves leaves his former (day, Caf) count for the new one, as the job does.
        s.execute("CREATE TEMP TABLE mouvements ON COMMIT DROP AS SELECT x.code_caf AS ancienne_caf, x.dernier_jour AS ancien_jour,"
                + " d.code_caf AS caf, GREATEST(x.dernier_jour, d.jour) AS jour FROM derniers d"
                + " LEFT JOIN sup_utilisateur_dernier_jour x ON x.identifiant = d.identifiant");
        s.execute("INSERT INTO sup_caf_dernier_jour (dernier_jour, code_caf, utilisateurs) SELECT jour, caf, SUM(n) FROM ("
                + "SELECT jour, caf, 1 AS n FROM mouvements WHERE ancien_jour IS NULL OR ancien_jour <> jour OR ancienne_caf <> caf"
                + " UNION ALL SELECT ancien_jour, ancienne_caf, -1 FROM mouvements WHERE ancien_jour IS NOT NULL"
                + " AND (ancien_jour <> jour OR ancienne_caf <> caf)) m GROUP BY jour, caf HAVING SUM(n) <> 0"
                + " ON CONFLICT ON CONSTRAINT pk_sup_caf_dernier_jour DO UPDATE SET utilisateurs = sup_caf_dernier_jour.utilisateurs + EXCLUDED.utilisateurs");
        s.execute("DELETE FROM sup_caf_dernier_jour WHERE utilisateurs = 0");
        s.execute("INSERT INTO sup_utilisateur_dernier_jour (identifiant, code_caf, dernier_jour) SELECT identifiant, code_caf, jour FROM derniers"
                + " ON CONFLICT (identifiant) DO UPDATE SET code_caf = EXCLUDED.code_caf,"
                + " dernier_jour = GREATEST(sup_utilisateur_dernier_jour.dernier_jour, EXCLUDED.dernier_jour)");
        s.execute("DROP TABLE mouvements");
        s.execute("DROP TABLE derniers");
        s.execute("DROP TABLE pli");
        s.execute("DROP TABLE delta");
        s.execute("DROP TABLE sessions");
    }

    private static long valeur(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

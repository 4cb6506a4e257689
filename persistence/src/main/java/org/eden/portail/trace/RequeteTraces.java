package org.eden.portail.trace;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of the reading screen (R-TRACE-4), written once: the repository runs it, and so does the
 * benchmark (it/bench), so that what is measured is what the screen asks. Portable SQL (H2 and
 * PostgreSQL); the scope always comes first, so that each query starts from an index on
 * (organisme_id | code_caf, …, horodatage) — see V4 and V8.
 */
public final class RequeteTraces {

    /**
     * The count stops past this many rows: beyond it the screen says "more than 10,000" and asks for
     * a narrower filter (the CSV export still gives them all). Counting a large Caf's whole six
     * months at each page would cost a scan of hundreds of thousands of index entries; this keeps
     * every count bounded (see the benchmark).
     */
    public static final int COMPTE_MAX = 10_000;

    static final String COLONNES = "rang, horodatage, identifiant, organisme_id, code_caf, profil, action, cible_type, "
            + "cible_id, resultat, detail, ip, session_hash";

    private final String where;
    private final List<Object> parametres;

    private RequeteTraces(String where, List<Object> parametres) {
        this.where = where;
        this.parametres = parametres;
    }

    public static RequeteTraces de(PorteeLecture portee, FiltreTraces filtre) {
        StringBuilder where = new StringBuilder(" WHERE ");
        List<Object> parametres = new ArrayList<>();
        if (portee.organismeId() != null) {
            where.append("organisme_id = ?");
            parametres.add(portee.organismeId());
        } else {
            where.append("code_caf = ?");
            parametres.add(portee.codeCaf());
        }
        FiltreTraces f = filtre == null ? new FiltreTraces() : filtre;
        egal(where, parametres, "identifiant", majuscules(f.getIdentifiant()));
        egal(where, parametres, "action", majuscules(f.getAction()));
        egal(where, parametres, "cible_type", majuscules(f.getCibleType()));
        egal(where, parametres, "cible_id", texte(f.getCibleId()));
        egal(where, parametres, "resultat", f.getResultat() == null ? null : f.getResultat().name());
        if (f.getDu() != null) {
            where.append(" AND horodatage >= ?");
            parametres.add(horodatage(f.getDu()));
        }
        if (f.getAu() != null) {
            where.append(" AND horodatage < ?");
            parametres.add(horodatage(f.getAu()));
        }
        // Sealed traces only: each reading seals what waits first (LectureTraces), and a row without
        // its rang has no place yet in the order of the pages and of the export's batches.
        where.append(" AND rang IS NOT NULL");
        return new RequeteTraces(where.toString(), Collections.unmodifiableList(parametres));
    }

    private static void egal(StringBuilder where, List<Object> parametres, String colonne, String valeur) {
        if (valeur != null) {
            where.append(" AND ").append(colonne).append(" = ?");
            parametres.add(valeur);
        }
    }

    private static String texte(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur.trim();
    }

    private static String majuscules(String valeur) {
        String t = texte(valeur);
        return t == null ? null : t.toUpperCase();
    }

    /** Bound with the column's own type, on both databases. */
    public static Object horodatage(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** How many traces match, up to {@link #COMPTE_MAX} + 1: the paginator's total. */
    public String sqlCompte() {
        return "SELECT COUNT(*) FROM (SELECT 1 FROM trace" + where + " FETCH FIRST " + (COMPTE_MAX + 1) + " ROWS ONLY) t";
    }

    /** One page, sorted by the database; ties broken by rang so that pages never overlap. */
    public String sqlPage(TriTraces tri, boolean croissant) {
        String sens = croissant ? " ASC" : " DESC";
        TriTraces t = tri == null ? TriTraces.HORODATAGE : tri;
        String ordre = t == TriTraces.HORODATAGE
                ? "horodatage" + sens + ", rang" + sens
                : t.colonne() + sens + ", horodatage DESC, rang DESC";
        return "SELECT " + COLONNES + " FROM trace" + where + " ORDER BY " + ordre
                + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY";
    }

    /** The export's batches: newest first, each after the last rang of the previous batch. */
    public String sqlLot(boolean premier) {
        return "SELECT " + COLONNES + " FROM trace" + where + (premier ? "" : " AND rang < ?")
                + " ORDER BY rang DESC FETCH FIRST ? ROWS ONLY";
    }

    /** The filter's parameters, in the order of the placeholders (page and lot add theirs after). */
    public List<Object> parametres() {
        return parametres;
    }
}

package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One row of the vintage comparison (R-TDB-6): the figure in each vintage loaded, and the revision
 * from one vintage to the next in per cent (null when either figure is secret or missing: a
 * revision of a secret figure would give it away).
 */
public record LigneComparaison(String code, String libelle, List<CelluleTdb> valeurs, List<Double> revisions)
        implements Serializable {

    /**
     * @param valeurs   one per vintage of {@link ComparaisonTdb#millesimes()}, in that order
     * @param revisions between consecutive vintages: FR1 → FR2, FR2 → FR6 (null where there is none)
     */
    public LigneComparaison {
        valeurs = List.copyOf(valeurs);
        revisions = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(revisions));
    }

    /** Its code only, which equal rows share: cheap for JSON-B's cycle check (see {@link CelluleTdb#hashCode()}). */
    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    /** As shown: {@code +1,2 %}, or a dash. */
    public String revisionTexte(int i) {
        Double r = revisions.get(i);
        return r == null ? "–" : String.format(java.util.Locale.FRANCE, "%+.2f\u00a0%%", r);
    }
}

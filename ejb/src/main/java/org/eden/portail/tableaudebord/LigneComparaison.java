package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.util.List;

/**
 * One row of the vintage comparison (R-TDB-6): the figure in each vintage loaded, and the revision
 * from one vintage to the next in per cent (null when either figure is secret or missing: a
 * revision of a secret figure would give it away).
 */
public final class LigneComparaison implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String libelle;
    private final List<CelluleTdb> valeurs;
    private final List<Double> revisions;

    public LigneComparaison(String code, String libelle, List<CelluleTdb> valeurs, List<Double> revisions) {
        this.code = code;
        this.libelle = libelle;
        this.valeurs = List.copyOf(valeurs);
        this.revisions = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(revisions));
    }

    public String getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }

    /** One per vintage of {@link ComparaisonTdb#getMillesimes()}, in that order. */
    public List<CelluleTdb> getValeurs() {
        return valeurs;
    }

    /** Between consecutive vintages: FR1 → FR2, FR2 → FR6. */
    public List<Double> getRevisions() {
        return revisions;
    }

    /** As shown: {@code +1,2 %}, or a dash. */
    public String revisionTexte(int i) {
        Double r = revisions.get(i);
        return r == null ? "–" : String.format(java.util.Locale.FRANCE, "%+.2f\u00a0%%", r);
    }
}

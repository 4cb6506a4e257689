package org.eden.portail.trace;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the reading screen and the total it belongs to, counted up to
 * {@link RequeteTraces#COMPTE_MAX} + 1; the reading's own trace says what was read.
 */
public record PageTraces(List<LigneTrace> lignes, long total, PorteeLecture portee, String filtre)
        implements ResultatTracable, Serializable {

    /** More rows match than the screen pages through: narrow the filter, or export. */
    public boolean plafonne() {
        return total > RequeteTraces.COMPTE_MAX;
    }

    /** The rows the screen can page through. */
    public int parcourables() {
        return (int) Math.min(total, RequeteTraces.COMPTE_MAX);
    }

    @Override
    public String cibleTrace() {
        return portee.libelle();
    }

    @Override
    public String detailTrace() {
        return filtre;
    }
}

package org.eden.portail.trace;

import java.io.Serializable;
import java.util.List;

/** One page of the reading screen and the total it belongs to; the reading's own trace says what was read. */
public record PageTraces(List<LigneTrace> lignes, long total, PorteeLecture portee, String filtre)
        implements ResultatTracable, Serializable {

    @Override
    public String cibleTrace() {
        return portee.libelle();
    }

    @Override
    public String detailTrace() {
        return filtre;
    }
}

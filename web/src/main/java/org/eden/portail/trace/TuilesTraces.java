package org.eden.portail.trace;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the trace context's screens. */
@ApplicationScoped
public class TuilesTraces extends TuilesDuContexte {

    public TuilesTraces() {
        super(30, TuilesTraces.class);
    }
}

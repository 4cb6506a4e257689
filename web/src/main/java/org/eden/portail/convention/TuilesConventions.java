package org.eden.portail.convention;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the convention context's screens. */
@ApplicationScoped
public class TuilesConventions extends TuilesDuContexte {

    public TuilesConventions() {
        super(20, TuilesConventions.class);
    }
}

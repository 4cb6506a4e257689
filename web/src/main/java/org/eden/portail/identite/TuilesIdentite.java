package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the identite context's screens. */
@ApplicationScoped
public class TuilesIdentite extends TuilesDuContexte {

    public TuilesIdentite() {
        super(10, TuilesIdentite.class);
    }
}

package org.eden.portail.incident;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the incident context's screens. */
@ApplicationScoped
public class TuilesIncidents extends TuilesDuContexte {

    public TuilesIncidents() {
        super(40, TuilesIncidents.class);
    }
}

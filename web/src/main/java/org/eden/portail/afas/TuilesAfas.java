package org.eden.portail.afas;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles (and menu entries) of the AFAS screens. */
@ApplicationScoped
public class TuilesAfas extends TuilesDuContexte {

    public TuilesAfas() {
        super(35, TuilesAfas.class);
    }
}

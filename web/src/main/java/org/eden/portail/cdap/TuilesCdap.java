package org.eden.portail.cdap;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the cdap context's screens. */
@ApplicationScoped
public class TuilesCdap extends TuilesDuContexte {

    public TuilesCdap() {
        super(50, TuilesCdap.class);
    }
}

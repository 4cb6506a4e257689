package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the habilitation context's screens. */
@ApplicationScoped
public class TuilesHabilitations extends TuilesDuContexte {

    public TuilesHabilitations() {
        super(60, TuilesHabilitations.class);
    }
}

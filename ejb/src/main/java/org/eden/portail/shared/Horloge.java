package org.eden.portail.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The portal's one clock. Rules about time (24 h, 6 months, 10 minutes, retention) take it by
 * injection so that tests can move time instead of sleeping.
 */
@ApplicationScoped
public class Horloge {

    /** Caf offices, and the dates people read, are on Paris time. */
    public static final ZoneId FUSEAU = Fuseau.PARIS;

    @Produces
    @ApplicationScoped
    Clock horloge() {
        return Clock.system(FUSEAU);
    }
}

package org.eden.portail.shared;

import jakarta.enterprise.inject.spi.CDI;

import java.time.Clock;
import java.time.Instant;

/**
 * In-container tests: "now" as the server's injected clock says it. The suite can start that
 * clock elsewhere ({@code -Deden.it.horloge=2028-02-29T23:30}, see the it module's POM), so the
 * data a test prepares must be dated by it, never by the test machine's own clock.
 */
public final class HorlogeDuServeur {

    private HorlogeDuServeur() {
    }

    public static Clock horloge() {
        return CDI.current().select(Clock.class).get();
    }

    public static Instant maintenant() {
        return horloge().instant();
    }
}

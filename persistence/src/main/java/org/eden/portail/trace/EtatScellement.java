package org.eden.portail.trace;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * What this server's sealer saw at its last pass: how many traces waited and the oldest one's age
 * (by the portal's clock, the one that dated them). Read by the readiness check, which lives in
 * the EAR's library (WildFly collects health checks there) while the sealer lives in the EJB module.
 * The passes are timed with {@link System#nanoTime()}: a sealer that stopped passing is seen too.
 */
@ApplicationScoped
public class EtatScellement {

    private final long creeA = System.nanoTime();
    private volatile Observation derniere;

    /** One pass of the sealer. */
    public record Observation(long enAttente, Duration age, long aNanos) {
    }

    public void observer(long enAttente, Duration age) {
        derniere = new Observation(enAttente, age, System.nanoTime());
    }

    /** The last pass, if any. */
    public Observation derniere() {
        return derniere;
    }

    /** Time since the last pass (since this server started when none passed yet). */
    public Duration depuisDernierPassage() {
        Observation o = derniere;
        return Duration.ofNanos(System.nanoTime() - (o == null ? creeA : o.aNanos()));
    }
}

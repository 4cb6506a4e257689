package org.eden.portail.trace;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The traces written but not sealed yet: how many, and the time of the oldest (null when none).
 * Normally a handful for a fraction of a second; a growing age means the sealer is stuck.
 */
public record AttenteScellement(long nombre, Instant plusAncienne) implements Serializable {

    public static final AttenteScellement AUCUNE = new AttenteScellement(0, null);

    /** How long the oldest waiting trace has waited, at {@code maintenant} (zero when none waits). */
    public Duration age(Instant maintenant) {
        return plusAncienne == null || plusAncienne.isAfter(maintenant) ? Duration.ZERO
                : Duration.between(plusAncienne, maintenant);
    }
}

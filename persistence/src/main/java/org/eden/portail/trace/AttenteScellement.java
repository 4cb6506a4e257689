package org.eden.portail.trace;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The traces written and not sealed yet: how many, and the time of the oldest (null when none).
 * A few for a fraction of a second is the normal state under load; an old one means the sealer
 * is not running (see {@link SanteScellementTraces}).
 */
public record AttenteScellement(long nombre, Instant plusAncienne) implements Serializable {

    public static final AttenteScellement AUCUNE = new AttenteScellement(0, null);

    /** The oldest one's age at {@code maintenant}; zero when none waits. */
    public Duration age(Instant maintenant) {
        return plusAncienne == null ? Duration.ZERO : Duration.between(plusAncienne, maintenant);
    }
}

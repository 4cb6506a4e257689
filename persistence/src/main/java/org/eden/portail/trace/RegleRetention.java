package org.eden.portail.trace;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * R-TRACE-2: traces are kept {@code duree} (6 months), then purged. The number lives here and
 * nowhere else. Months are counted on the calendar of the Caf offices (Paris time).
 */
public record RegleRetention(Period duree) {

    public static final RegleRetention DEFAUT = new RegleRetention(Period.ofMonths(6));

    /** The oldest instant kept at {@code maintenant}: a trace strictly before it is purged. */
    public Instant limite(Instant maintenant, ZoneId fuseau) {
        return maintenant.atZone(fuseau).minus(duree).toInstant();
    }

    public boolean aPurger(Instant horodatage, Instant maintenant, ZoneId fuseau) {
        return horodatage.isBefore(limite(maintenant, fuseau));
    }
}

package org.eden.portail.trace;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * R-TRACE-2: traces are kept {@code duree} (6 months), then purged; R-TRACE-3: habilitation data 6
 * years after devalidation. The numbers live here and nowhere else. Months are counted on the calendar of the Caf offices (Paris time).
 */
public record RegleRetention(Period duree) {

    public static final RegleRetention DEFAUT = new RegleRetention(Period.ofMonths(6));

    /**
     * R-TRACE-3: habilitation data is kept 6 years after the habilitation is devalidated. The
     * habilitations plug their purge into the daily job with this rule (see DonneesRetenues in ejb).
     */
    public static final RegleRetention HABILITATIONS = new RegleRetention(Period.ofYears(6));

    /** The oldest instant kept at {@code maintenant}: a trace strictly before it is purged. */
    public Instant limite(Instant maintenant, ZoneId fuseau) {
        return maintenant.atZone(fuseau).minus(duree).toInstant();
    }

    public boolean aPurger(Instant horodatage, Instant maintenant, ZoneId fuseau) {
        return horodatage.isBefore(limite(maintenant, fuseau));
    }
}

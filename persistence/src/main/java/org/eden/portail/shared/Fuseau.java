package org.eden.portail.shared;

import java.time.ZoneId;

/**
 * The calendar of the portal: Caf offices, and the dates people read, are on Paris time. Periods
 * counted in months (a password's 6 months, a trace's 6 months) are counted on it, so that they
 * end at the same wall-clock time whatever the daylight-saving changes in between.
 */
public final class Fuseau {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Fuseau() {
    }
}

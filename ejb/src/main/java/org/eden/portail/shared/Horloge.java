package org.eden.portail.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * The portal's one clock. Rules about time (24 h, 6 months, 10 minutes, retention, numbering by
 * year) take it by injection so that tests can move time instead of sleeping.
 *
 * <p>{@code eden.horloge.depart} (a Paris date and time such as {@code 2026-12-31T23:30}) starts
 * this clock at that moment when the server starts; it then runs at the normal pace. It is how the
 * test suite checks the turn of a year or a 29 February without waiting for one; a production
 * server never sets it.
 */
@ApplicationScoped
public class Horloge {

    /** Caf offices, and the dates people read, are on Paris time. */
    public static final ZoneId FUSEAU = Fuseau.PARIS;

    public static final String DEPART = "eden.horloge.depart";

    private static final Logger LOG = Logger.getLogger(Horloge.class.getName());

    @Produces
    @ApplicationScoped
    Clock horloge() {
        return horlogeDepuis(System.getProperty(DEPART, ""), Clock.system(FUSEAU));
    }

    /** The system clock, or one moved to start at {@code depart} (empty: not moved). */
    static Clock horlogeDepuis(String depart, Clock systeme) {
        if (depart == null || depart.isBlank()) {
            return systeme;
        }
        LocalDateTime debut;
        try {
            debut = LocalDateTime.parse(depart.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(DEPART + " = « " + depart + " » : attendu une date et une heure de Paris, par exemple 2026-12-31T23:30", e);
        }
        Duration decalage = Duration.between(systeme.instant(), debut.atZone(FUSEAU).toInstant());
        LOG.warning(() -> "Horloge du portail déplacée au " + debut + " (" + DEPART + ") : réservé aux essais.");
        return Clock.offset(systeme, decalage);
    }
}

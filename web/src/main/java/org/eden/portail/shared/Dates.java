package org.eden.portail.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as French readers expect them: "mardi 24 novembre 2026 à 09:41", on Paris time. */
@Named("dates")
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter LONGUE =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm", Locale.FRANCE).withZone(Horloge.FUSEAU);
    private static final DateTimeFormatter JOUR =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE).withZone(Horloge.FUSEAU);
    private static final DateTimeFormatter COURTE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE).withZone(Horloge.FUSEAU);

    public String longue(Instant instant) {
        return instant == null ? "" : LONGUE.format(instant);
    }

    public String jour(Instant instant) {
        return instant == null ? "" : JOUR.format(instant);
    }

    public String courte(Instant instant) {
        return instant == null ? "" : COURTE.format(instant);
    }
}

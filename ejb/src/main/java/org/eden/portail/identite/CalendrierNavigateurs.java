package org.eden.portail.identite;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * R-AUTH-4 "by default the browsers released in the last two years": the stable releases of each
 * family this build knows, with their dates, and the oldest version released in a two-year window.
 * {@link #REFERENCE} is the build's reference date, the day the calendar was last brought up to
 * date: the default window is the two years before it — never "today", so a server (and a test)
 * judges the same browser the same way whatever its clock says, and a newer portal brings newer
 * minimums. Operators move the window ({@code eden.navigateurs.reference}) or fix a minimum per
 * family (PolitiqueNavigateurs).
 * <p>
 * Past the last known release, Chrome, Edge and Firefox are projected at their four-week cadence
 * (Safari: one major a year, in September), so a later reference still gives a sensible minimum.
 */
public final class CalendrierNavigateurs {

    /** The build's reference: the calendar below is complete up to this date. */
    public static final LocalDate REFERENCE = LocalDate.of(2026, 12, 1);

    /** Firefox Extended Support Release majors (the UA does not tell an ESR from a release: they are accepted by number). */
    public static final List<Integer> FIREFOX_ESR = List.of(115, 128, 140, 153);

    private static final NavigableMap<LocalDate, VersionNavigateur> CHROME = new TreeMap<>();
    private static final NavigableMap<LocalDate, VersionNavigateur> EDGE = new TreeMap<>();
    private static final NavigableMap<LocalDate, VersionNavigateur> FIREFOX = new TreeMap<>();
    private static final NavigableMap<LocalDate, VersionNavigateur> SAFARI = new TreeMap<>();

    static {
        // Chrome stable, then the four-week cadence (Edge follows each major within days).
        String[] chrome = {"2023-01-10", "2023-02-07", "2023-03-07", "2023-04-04", "2023-05-02", "2023-05-30",
                "2023-07-18", "2023-08-15", "2023-09-12", "2023-10-10", "2023-10-31", "2023-12-05", "2024-01-23",
                "2024-02-20", "2024-03-19", "2024-04-16", "2024-05-14", "2024-06-11", "2024-07-23", "2024-08-20",
                "2024-09-17", "2024-10-15", "2024-11-12", "2025-01-14", "2025-02-04", "2025-03-04", "2025-04-01",
                "2025-04-29", "2025-05-27", "2025-06-24", "2025-08-05", "2025-09-02", "2025-09-30", "2025-10-28",
                "2025-12-02"};
        for (int i = 0; i < chrome.length; i++) {
            LocalDate date = LocalDate.parse(chrome[i]);
            CHROME.put(date, new VersionNavigateur(109 + i, 0));
            EDGE.put(date.plusDays(3), new VersionNavigateur(109 + i, 0));
        }
        String[] firefox = {"2023-01-17", "2023-02-14", "2023-03-14", "2023-04-11", "2023-05-09", "2023-06-06",
                "2023-07-04", "2023-08-01", "2023-08-29", "2023-09-26", "2023-10-24", "2023-11-21", "2023-12-19",
                "2024-01-23", "2024-02-20", "2024-03-19", "2024-04-16", "2024-05-14", "2024-06-11", "2024-07-09",
                "2024-08-06", "2024-09-03", "2024-10-01", "2024-10-29", "2024-11-26", "2025-01-07", "2025-02-04",
                "2025-03-04", "2025-04-01", "2025-04-29", "2025-05-27", "2025-06-24", "2025-07-22", "2025-08-19",
                "2025-09-16", "2025-10-14", "2025-11-11", "2025-12-09"};
        for (int i = 0; i < firefox.length; i++) {
            FIREFOX.put(LocalDate.parse(firefox[i]), new VersionNavigateur(109 + i, 0));
        }
        Map.ofEntries(Map.entry("2022-09-12", "16.0"), Map.entry("2022-10-24", "16.1"), Map.entry("2022-12-13", "16.2"),
                Map.entry("2023-01-23", "16.3"), Map.entry("2023-03-27", "16.4"), Map.entry("2023-05-18", "16.5"),
                Map.entry("2023-07-24", "16.6"), Map.entry("2023-09-18", "17.0"), Map.entry("2023-10-25", "17.1"),
                Map.entry("2023-12-11", "17.2"), Map.entry("2024-01-22", "17.3"), Map.entry("2024-03-05", "17.4"),
                Map.entry("2024-05-13", "17.5"), Map.entry("2024-07-29", "17.6"), Map.entry("2024-09-16", "18.0"),
                Map.entry("2024-10-28", "18.1"), Map.entry("2024-12-11", "18.2"), Map.entry("2025-01-27", "18.3"),
                Map.entry("2025-03-31", "18.4"), Map.entry("2025-05-12", "18.5"), Map.entry("2025-07-29", "18.6"),
                Map.entry("2025-09-15", "26.0"), Map.entry("2025-11-03", "26.1"))
                .forEach((date, version) -> SAFARI.put(LocalDate.parse(date), VersionNavigateur.lire(version)));
    }

    private CalendrierNavigateurs() {
    }

    /** The oldest version of the family released in the two years before {@code reference}. */
    public static VersionNavigateur minimumSur2Ans(FamilleNavigateur famille, LocalDate reference) {
        LocalDate debut = reference.minusYears(2);
        NavigableMap<LocalDate, VersionNavigateur> sorties = switch (famille) {
            case CHROME -> CHROME;
            case EDGE -> EDGE;
            case FIREFOX -> FIREFOX;
            case SAFARI -> SAFARI;
            case INTERNET_EXPLORER -> throw new IllegalArgumentException("Internet Explorer n'a pas de version acceptable");
        };
        Map.Entry<LocalDate, VersionNavigateur> premiere = sorties.ceilingEntry(debut);
        if (premiere != null) {
            return premiere.getValue();
        }
        // Past the known calendar: projected cadence from the last known release.
        Map.Entry<LocalDate, VersionNavigateur> derniere = sorties.lastEntry();
        long jours = ChronoUnit.DAYS.between(derniere.getKey(), debut);
        if (famille == FamilleNavigateur.SAFARI) {
            long annees = (jours + 364) / 365;
            return new VersionNavigateur(derniere.getValue().majeure() + (int) annees, 0);
        }
        return new VersionNavigateur(derniere.getValue().majeure() + (int) ((jours + 27) / 28), 0);
    }
}

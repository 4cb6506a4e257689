package org.eden.portail.tableaudebord;

import java.time.YearMonth;

/** An import launched from the screen, run once the launch is committed. */
public record ImportStatistiquesLance(String suiviId, String fichier, String lancePar, Millesime attendu, YearMonth moisAttendu) {
}

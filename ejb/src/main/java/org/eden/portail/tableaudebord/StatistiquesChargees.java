package org.eden.portail.tableaudebord;

import java.time.YearMonth;

/** A vintage's month has been loaded (R-TDB-6), fired in the import's transaction. */
public record StatistiquesChargees(Millesime millesime, YearMonth mois) {
}

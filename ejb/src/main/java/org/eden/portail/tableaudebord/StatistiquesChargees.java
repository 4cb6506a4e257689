package org.eden.portail.tableaudebord;

import java.time.YearMonth;

/** A vintage's month has been loaded (R-TDB-6: an import; or the demo figures), fired in the transaction that loads it. */
public record StatistiquesChargees(Millesime millesime, YearMonth mois) {
}

package org.eden.portail.tableaudebord;

import java.time.Instant;
import java.time.YearMonth;

/** One vintage of one month in the store: how many figures, when, by whom, from which file. */
public record Chargement(Millesime millesime, YearMonth mois, int lignes, Instant chargeLe, String chargePar, String source) {
}

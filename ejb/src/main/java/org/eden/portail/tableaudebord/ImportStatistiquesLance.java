package org.eden.portail.tableaudebord;

import java.time.YearMonth;

/** An import launched from the screen, run on this node once the launch is committed (the file's bytes with it). */
public record ImportStatistiquesLance(String suiviId, String fichier, String lancePar, Millesime attendu, YearMonth moisAttendu,
                                      byte[] contenu) {
}

package org.eden.portail.tableaudebord;

import java.time.Instant;

/** What the supervision reads of a sealed trace (R-TDB-2): never its hashes, IP or free text beyond the section. */
public record TraceLue(long rang, Instant horodatage, String identifiant, Long organismeId, String codeCaf, String action,
                       String cibleId, String resultat, String detail, String sessionHash) {
}

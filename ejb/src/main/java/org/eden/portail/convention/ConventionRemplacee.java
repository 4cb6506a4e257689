package org.eden.portail.convention;

import java.util.List;

/**
 * R-CONV-6: the successor of a "clôturer et recréer" was validated and opened, and its predecessor
 * closed, in this transaction. Observed (in it) by the habilitations, which carry every
 * habilitation in force over to the successor within its quotas and devalidate the old ones; they
 * fill {@code reprises} and {@code nonReprises} (who could not be carried, and why) for the history.
 */
public record ConventionRemplacee(Long precedenteId, String numeroPrecedente, Long conventionId, String numero,
                                  List<String> reprises, List<String> nonReprises) {
}

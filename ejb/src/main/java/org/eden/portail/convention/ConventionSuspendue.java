package org.eden.portail.convention;

import java.util.List;

/** R-CONV-8: a convention was suspended; these accounts of the partner must lose their sessions. */
public record ConventionSuspendue(String numero, List<String> identifiants) {
}

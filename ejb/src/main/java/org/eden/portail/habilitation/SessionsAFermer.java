package org.eden.portail.habilitation;

import java.util.List;

/** R-HAB-6, R-HAB-7: these accounts must lose their sessions once the change is committed. */
public record SessionsAFermer(List<String> identifiants) {
}

package org.eden.portail.incident;

import java.time.Duration;
import java.time.Instant;

/**
 * R-INC-1: an incident left unanswered by the Caf (no assignment, no comment of the desk) for
 * {@code delai} after it was filed is flagged for escalation. The number lives here only.
 */
public record RegleEscalade(Duration delai) {

    public static final RegleEscalade DEFAUT = new RegleEscalade(Duration.ofHours(48));

    /** Filed at or before this instant and still unanswered: to escalate at {@code maintenant}. */
    public Instant seuil(Instant maintenant) {
        return maintenant.minus(delai);
    }

    public boolean aEscalader(Instant declareLe, Instant premiereReponse, StatutIncident statut, Instant maintenant) {
        return statut != StatutIncident.RESOLU && premiereReponse == null && !declareLe.isAfter(seuil(maintenant));
    }
}

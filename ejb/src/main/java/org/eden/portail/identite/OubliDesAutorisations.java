package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eden.portail.trace.EvenementTrace;

/**
 * Every action is traced, and every change of rights is an action: once a traced transaction has
 * committed, the rights this request read may be stale, so they are read again at the next check.
 * Notified on the committing thread, which is the request's own.
 * <p>
 * But for the login's own transaction ({@code CONNEXION}): it writes only the attempt's outcome
 * (failures counted or cleared, R-AUTH-1), which no right depends on, and what it read of the
 * account is what the rest of the request is authorised from.
 */
@ApplicationScoped
public class OubliDesAutorisations {

    private static final String CONNEXION = "CONNEXION";

    void apresCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvenementTrace evenement) {
        if (evenement != null && CONNEXION.equals(evenement.action())) {
            return;
        }
        AutorisationsDeLaRequete.oublier();
    }
}

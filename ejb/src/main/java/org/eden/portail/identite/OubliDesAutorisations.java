package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eden.portail.trace.EvenementTrace;

/**
 * Every action is traced, and every change of rights is an action: once a traced transaction has
 * committed, the rights this request read may be stale, so they are read again at the next check.
 * Notified on the committing thread, which is the request's own.
 */
@ApplicationScoped
public class OubliDesAutorisations {

    void apresCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvenementTrace evenement) {
        AutorisationsDeLaRequete.oublier();
    }
}

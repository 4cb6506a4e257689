package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eden.portail.identite.RegistreSessions;

/**
 * R-HAB-6, R-SESS-3: the sessions end as soon as the suspension (or forced change) is committed —
 * the registry is cluster-wide — and only then: a refused action closes nothing.
 */
@ApplicationScoped
public class FermetureSessionsHabilitations {

    @Inject
    RegistreSessions sessions;

    void fermer(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsAFermer evenement) {
        evenement.identifiants().forEach(sessions::fermer);
    }
}

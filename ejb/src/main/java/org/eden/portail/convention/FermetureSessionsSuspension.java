package org.eden.portail.convention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eden.portail.identite.RegistreSessions;

import java.util.logging.Logger;

/**
 * R-CONV-8: the partner's users lose their sessions as soon as the suspension is committed (the
 * registry is cluster-wide), and only then: a refused suspension closes nothing.
 */
@ApplicationScoped
public class FermetureSessionsSuspension {

    private static final Logger LOG = Logger.getLogger(FermetureSessionsSuspension.class.getName());

    @Inject
    RegistreSessions sessions;

    void fermer(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConventionSuspendue suspension) {
        suspension.identifiants().forEach(sessions::fermer);
        LOG.info(() -> "Convention n° " + suspension.numero() + " suspendue : " + suspension.identifiants().size()
                + " session(s) fermée(s).");
    }
}

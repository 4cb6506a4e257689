package org.eden.portail.identite;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.logging.Logger;

/**
 * A session that ends (logout, idle timeout) leaves the registry of sessions in force (R-SESS-1,
 * R-SESS-2), and its end is traced (R-TRACE-1).
 */
@WebListener
public class EcouteurSessions implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(EcouteurSessions.class.getName());

    @Override
    public void sessionDestroyed(HttpSessionEvent evenement) {
        Object identifiant = evenement.getSession().getAttribute(SessionUtilisateur.ATTRIBUT_IDENTIFIANT);
        if (identifiant instanceof String id) {
            // The registry first, straight: it must be cleaned even while the application stops.
            CDI.current().select(RegistreSessions.class).get().oublier(id, evenement.getSession().getId());
            try {
                CDI.current().select(IdentiteService.class).get().sessionTerminee(id, evenement.getSession().getId());
            } catch (RuntimeException e) {
                // Sessions also end when the application is undeployed, after its EJBs have stopped.
                LOG.warning(() -> "Fin de session de " + id + " non tracée (application en cours d'arrêt ?) : " + e);
            }
        }
    }
}

package org.eden.portail.identite;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** A session that ends (logout, idle timeout) leaves the registry of sessions in force (R-SESS-1, R-SESS-2). */
@WebListener
public class EcouteurSessions implements HttpSessionListener {

    @Override
    public void sessionDestroyed(HttpSessionEvent evenement) {
        Object identifiant = evenement.getSession().getAttribute(SessionUtilisateur.ATTRIBUT_IDENTIFIANT);
        if (identifiant instanceof String id) {
            CDI.current().select(RegistreSessions.class).get().oublier(id, evenement.getSession().getId());
        }
    }
}

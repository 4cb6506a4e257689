package org.eden.portail.identite;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentMap;

/**
 * Which HTTP session is in force for each identifier (R-SESS-1), across the cluster: the map is
 * the Infinispan cache "sessions-actives" of the server's "eden" container (local on one server,
 * replicated in a cluster), so the same code holds on one node or many.
 * <p>
 * A session that is no longer the one in force is ended at its next request, whatever node it is
 * on. A session closed by the Caf or a manager (R-SESS-3) is marked {@value #FERMEE} until the
 * person logs in again.
 */
@ApplicationScoped
public class RegistreSessions {

    static final String FERMEE = "fermee";

    /** How a session stands against the registry. */
    public enum Etat {
        EN_VIGUEUR,
        /** The same identifier logged in elsewhere since (R-SESS-1). */
        REMPLACEE,
        /** Ended by a suspension or a forced password change (R-SESS-3). */
        FERMEE
    }

    @Resource(lookup = "java:jboss/infinispan/cache/eden/sessions-actives")
    private ConcurrentMap<String, String> sessions;

    /** Makes this session the one in force for the identifier; any other one ends. */
    public void ouvrir(String identifiant, String sessionId) {
        sessions.put(identifiant, sessionId);
    }

    public Etat etat(String identifiant, String sessionId) {
        String enVigueur = sessions.get(identifiant);
        if (enVigueur == null) {
            // Nothing known (the registry was emptied by a restart of every node): the session
            // is the person's only one, and becomes the one in force again.
            sessions.putIfAbsent(identifiant, sessionId);
            return Etat.EN_VIGUEUR;
        }
        if (enVigueur.equals(sessionId)) {
            return Etat.EN_VIGUEUR;
        }
        return FERMEE.equals(enVigueur) ? Etat.FERMEE : Etat.REMPLACEE;
    }

    /** Whether the identifier has a session in force somewhere in the cluster. */
    public boolean aUneSessionEnVigueur(String identifiant) {
        String enVigueur = sessions.get(identifiant);
        return enVigueur != null && !FERMEE.equals(enVigueur);
    }

    /** Logout or timeout: forgets the session if it is still the one in force. */
    public void oublier(String identifiant, String sessionId) {
        sessions.remove(identifiant, sessionId);
    }

    /** Ends whatever session the identifier has, at its next request (R-SESS-3). */
    public void fermer(String identifiant) {
        sessions.put(identifiant, FERMEE);
    }
}

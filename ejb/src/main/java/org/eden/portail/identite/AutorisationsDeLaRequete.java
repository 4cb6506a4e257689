package org.eden.portail.identite;

import org.apache.shiro.authz.AuthorizationInfo;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The callers' authorisation, read from the database once per HTTP request instead of once per
 * permission check. A page or an API call asks Shiro a dozen times (the URL filter, the bean, the
 * service, each profile of the Tableau de bord…) and each answer rebuilt the whole permission set
 * from every context. Kept no longer than the request: a suspension or a withdrawn right counts
 * from the caller's next request, on any node of the cluster, as before (the realm keeps no cache
 * of its own for that reason).
 * <p>
 * Within one request, what was read is forgotten at each commit of an action ({@link #oublier()},
 * called by {@link OubliDesAutorisations} after every traced transaction): every change of rights
 * is a traced action, so a request that changes rights and checks them again — an administrator
 * replaced, then the next check — reads them anew.
 * <p>
 * Opened by the web module's filter around each request it serves; outside one (timers, asynchronous
 * work, in-container tests) nothing is kept and every check reads the database.
 */
public final class AutorisationsDeLaRequete {

    private static final ThreadLocal<Map<Object, AuthorizationInfo>> LUES = new ThreadLocal<>();

    private AutorisationsDeLaRequete() {
    }

    /** Opens the request's scope; closing it forgets what was read. A nested opening changes nothing. */
    public static Portee ouvrir() {
        if (LUES.get() != null) {
            return () -> { };
        }
        LUES.set(new HashMap<>());
        return LUES::remove;
    }

    /** The caller's authorisation: the one read earlier in this request, else {@code lecture}'s. */
    static AuthorizationInfo de(Object appelant, Supplier<AuthorizationInfo> lecture) {
        Map<Object, AuthorizationInfo> lues = LUES.get();
        if (lues == null || appelant == null) {
            return lecture.get();
        }
        AuthorizationInfo deja = lues.get(appelant);
        if (deja != null) {
            return deja;
        }
        AuthorizationInfo lue = lecture.get();
        if (lue != null) {
            lues.put(appelant, lue);
        }
        return lue;
    }

    /** Forgets what this request read: a transaction that may have changed rights has committed. */
    static void oublier() {
        Map<Object, AuthorizationInfo> lues = LUES.get();
        if (lues != null) {
            lues.clear();
        }
    }

    /** The request's scope, closed by the filter that opened it. */
    @FunctionalInterface
    public interface Portee extends AutoCloseable {
        @Override
        void close();
    }
}

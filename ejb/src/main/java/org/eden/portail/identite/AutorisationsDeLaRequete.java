package org.eden.portail.identite;

import org.apache.shiro.authz.AuthorizationInfo;
import org.eden.portail.trace.AnnuaireActeurs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The callers' authorisation, read from the database once per HTTP request instead of once per
 * permission check. A page or an API call asks Shiro a dozen times (the URL filter, the bean, the
 * service, each profile of the Tableau de bord…) and each answer rebuilt the whole permission set
 * from every context. Kept no longer than the request: a suspension or a withdrawn right counts
 * from the caller's next request, on any node of the cluster, as before (the realm keeps no cache
 * of its own for that reason).
 * <p>
 * The request also keeps the account as its own login read it ({@link ConnexionAuthentifiee}): a
 * program calling the API with HTTP Basic logs in on every request, and the login's trace, the
 * first-connection steps and the authorisation would otherwise each read the account again, a few
 * milliseconds after the login's transaction read it.
 * <p>
 * Within one request, what was read is forgotten at each commit of an action ({@link #oublier()},
 * called by {@link OubliDesAutorisations} after every traced transaction but the login's own):
 * every change of rights is a traced action, so a request that changes rights and checks them
 * again — an administrator replaced, then the next check — reads them anew.
 * <p>
 * Opened by the web module's filter around each request it serves; outside one (timers, asynchronous
 * work, in-container tests) nothing is kept and every check reads the database.
 */
public final class AutorisationsDeLaRequete {

    private static final ThreadLocal<Lectures> LUES = new ThreadLocal<>();

    private AutorisationsDeLaRequete() {
    }

    /** Opens the request's scope; closing it forgets what was read. A nested opening changes nothing. */
    public static Portee ouvrir() {
        if (LUES.get() != null) {
            return () -> { };
        }
        LUES.set(new Lectures());
        return LUES::remove;
    }

    /** The caller's authorisation: the one read earlier in this request, else {@code lecture}'s. */
    static AuthorizationInfo de(Object appelant, Supplier<AuthorizationInfo> lecture) {
        Lectures lues = LUES.get();
        if (lues == null || appelant == null) {
            return lecture.get();
        }
        AuthorizationInfo deja = lues.autorisations.get(appelant);
        if (deja != null) {
            return deja;
        }
        AuthorizationInfo lue = lecture.get();
        if (lue != null) {
            lues.autorisations.put(appelant, lue);
        }
        return lue;
    }

    /**
     * Keeps what the login of this request read of the account; {@code lecture} runs only inside a
     * request's scope (outside one nothing would ask for it again).
     */
    static void retenirConnexion(Supplier<ConnexionAuthentifiee> lecture) {
        Lectures lues = LUES.get();
        if (lues != null) {
            lues.connexion = lecture.get();
        }
    }

    /** The account as this request's login read it, if this request logged {@code identifiant} in. */
    static Optional<ConnexionAuthentifiee> connexion(String identifiant) {
        Lectures lues = LUES.get();
        return lues == null || lues.connexion == null || !lues.connexion.compte().identifiant().equals(identifiant)
                ? Optional.empty() : Optional.of(lues.connexion);
    }

    /** Forgets what this request read: a transaction that may have changed rights has committed. */
    static void oublier() {
        Lectures lues = LUES.get();
        if (lues != null) {
            lues.autorisations.clear();
            lues.connexion = null;
        }
    }

    /** The request's scope, closed by the filter that opened it. */
    @FunctionalInterface
    public interface Portee extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * What a successful login read of its account, in the login's transaction: what the realm
     * authorises from, what the trace says of its actor, the steps still due (R-AUTH-2).
     */
    record ConnexionAuthentifiee(CompteAuthentification compte, AnnuaireActeurs.Acteur acteur,
                                 List<EtapeConnexion> etapes) {
    }

    private static final class Lectures {
        private final Map<Object, AuthorizationInfo> autorisations = new HashMap<>();
        private ConnexionAuthentifiee connexion;
    }
}

package org.eden.portail.shared;

import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.eden.portail.identite.EdenRealm;

import java.util.concurrent.Callable;

/**
 * In-container tests: acting as someone. The subject is built on the portal's own realm, as the
 * Shiro filter would after a login, so that its roles and permissions are the real ones of the
 * identifier. {@link Deploiement} adds this class to every test EAR.
 * <p>
 * The action's exceptions come out as they are: {@code assertThrows(AuthorizationException.class,
 * () -> en(...))} sees the refusal itself, a failed assertion inside the action stays an
 * {@link AssertionError}, and a checked exception keeps its type (undeclared).
 */
public final class EnTantQue {

    private EnTantQue() {
    }

    /** The person {@code identifiant}, logged in: to run calls as him, or to ask what he is permitted. */
    public static Subject sujet(String identifiant) {
        return new Subject.Builder(new DefaultSecurityManager(new EdenRealm()))
                .principals(new SimplePrincipalCollection(identifiant, "eden"))
                .authenticated(true)
                .buildSubject();
    }

    /** Runs {@code action} as {@code identifiant} on this thread, and answers what it answered. */
    public static <T> T en(String identifiant, Callable<T> action) {
        try {
            return sujet(identifiant).associateWith(action).call();
        } catch (Exception e) {
            throw EnTantQue.<RuntimeException>telle(e);
        }
    }

    /** Runs {@code action} as {@code identifiant} on this thread. */
    public static void en(String identifiant, Runnable action) {
        sujet(identifiant).associateWith(action).run();
    }

    /** Rethrows {@code e} unchanged, checked or not (the compiler is told it is unchecked). */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E telle(Exception e) throws E {
        throw (E) e;
    }
}

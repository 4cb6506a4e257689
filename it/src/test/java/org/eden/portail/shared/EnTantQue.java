package org.eden.portail.shared;

import org.apache.shiro.subject.Subject;
import org.eden.portail.identite.SujetHorsRequete;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        return SujetHorsRequete.de(identifiant);
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

    /**
     * Runs {@code action} as {@code identifiant} and checks that the rule {@code regle} refused it;
     * answers the refusal, whose message a test may read further.
     */
    public static RegleMetierException refuse(String regle, String identifiant, Callable<?> action) {
        RegleMetierException e = assertThrows(RegleMetierException.class, () -> en(identifiant, action));
        assertEquals(regle, e.getRegle(), e.getMessage());
        return e;
    }

    /** Rethrows {@code e} unchanged, checked or not (the compiler is told it is unchecked). */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E telle(Exception e) throws E {
        throw (E) e;
    }

    /**
     * A race: every action runs as {@code identifiant} on its own thread of {@code executeur}, all
     * released at once, so that they really meet on the same rows. Answers each one's outcome, in
     * order: {@code reussite} when it went through, the rule's id when a rule refused it, else the
     * exception's class and message (an error the test should see, never a silent pass). Each action
     * is waited for at most {@code delai}.
     */
    public static List<String> enCourse(String identifiant, ExecutorService executeur, String reussite, List<Runnable> actions,
                                        Duration delai) throws Exception {
        Subject sujet = sujet(identifiant);
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<String>> issues = new ArrayList<>();
        for (Runnable action : actions) {
            issues.add(executeur.submit(sujet.associateWith(() -> {
                depart.await();
                try {
                    action.run();
                    return reussite;
                } catch (RegleMetierException e) {
                    return e.getRegle();
                } catch (RuntimeException e) {
                    return e.getClass().getName() + ": " + e.getMessage();
                }
            })));
        }
        depart.countDown();
        List<String> resultats = new ArrayList<>();
        for (Future<String> issue : issues) {
            resultats.add(issue.get(delai.toMillis(), TimeUnit.MILLISECONDS));
        }
        return resultats;
    }
}

package org.eden.portail.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * In the server: the mails handed over for sending, observed in the same phase as the portal's
 * sender ({@code EnvoiCourriels}, after a successful commit), so that a test sees in the server
 * which requested mails go out and which never will.
 */
@ApplicationScoped
public class CourrielsValidesObserves {

    private final BlockingQueue<Courriel> valides = new LinkedBlockingQueue<>();

    void noter(@Observes(during = TransactionPhase.AFTER_SUCCESS) Courriel courriel) {
        valides.add(courriel);
    }

    public void oublier() {
        valides.clear();
    }

    /** The next mail handed over for sending, or null if none comes within {@code delai}. */
    public Courriel attendre(Duration delai) throws InterruptedException {
        return valides.poll(delai.toMillis(), TimeUnit.MILLISECONDS);
    }
}

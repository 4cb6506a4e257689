package org.eden.portail.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** In the server: records the failed send attempts, so a test knows a retry is pending. */
@ApplicationScoped
public class EchecsEnvoiObserves {

    private final BlockingQueue<EchecEnvoiCourriel> echecs = new LinkedBlockingQueue<>();

    void noter(@Observes EchecEnvoiCourriel echec) {
        echecs.add(echec);
    }

    public void oublier() {
        echecs.clear();
    }

    /** The next failure, or null if none happens within {@code delai}. */
    public EchecEnvoiCourriel attendre(Duration delai) throws InterruptedException {
        return echecs.poll(delai.toMillis(), TimeUnit.MILLISECONDS);
    }
}

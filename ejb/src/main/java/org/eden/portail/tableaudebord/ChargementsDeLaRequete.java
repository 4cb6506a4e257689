package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import org.eden.portail.trace.EvenementTrace;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which load of a vintage's month is in force, read once per request: an API call reads it for
 * its ETag and again to build the table (three times each for a comparison). Never kept longer,
 * so that an import on any node of the cluster counts from the next request; and forgotten when a
 * traced action commits within the request (an import is one).
 */
@RequestScoped
public class ChargementsDeLaRequete {

    private record Cle(Millesime millesime, YearMonth mois) {
    }

    private final Map<Cle, Optional<Chargement>> lus = new HashMap<>();

    Optional<Chargement> chargement(Millesime millesime, YearMonth mois, Supplier<Optional<Chargement>> lecture) {
        return lus.computeIfAbsent(new Cle(millesime, mois), cle -> lecture.get());
    }

    void oublier(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS) EvenementTrace evenement) {
        lus.clear();
    }
}

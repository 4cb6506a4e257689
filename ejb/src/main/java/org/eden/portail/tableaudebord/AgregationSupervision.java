package org.eden.portail.tableaudebord;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eden.portail.trace.ScelleurTraces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;

/** R-TDB-2: the fold of the sealed traces into the aggregates, a batch per transaction. */
@Stateless
public class AgregationSupervision {

    /** Small enough that a batch holds the watermark's lock well under H2's lock timeout (1 s). */
    static final int LOT = 1_000;
    /** How long a caller waits for another node's (or the timer's) fold to release the watermark. */
    static final Duration ATTENTE_VERROU = Duration.ofSeconds(60);

    @Inject
    EntrepotSupervision entrepot;

    @Inject
    Clock horloge;

    @Inject
    ScelleurTraces scelleur;

    @Resource
    SessionContext ejb;

    /**
     * Seals the traces committed so far, then folds until no sealed trace is left after the
     * watermark; the number of traces folded. Sealing first: what was done before the call is counted.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long rattraper() {
        scelleur.scellerTout();
        AgregationSupervision moi = ejb.getBusinessObject(AgregationSupervision.class);
        Instant limite = Instant.now().plus(ATTENTE_VERROU);
        long total = 0;
        int lot;
        do {
            lot = sousLeFiligrane(moi::replierUnLot, limite);
            total += lot;
        } while (lot != 0);
        sousLeFiligrane(() -> {
            moi.recompterComptes();
            return 0;
        }, limite);
        return total;
    }

    /**
     * Runs a step that locks the watermark, again and again while another fold holds it (H2 gives
     * up waiting after its lock timeout, with an exception), until the limit: then its failure is
     * the caller's.
     */
    private static int sousLeFiligrane(IntSupplier etape, Instant limite) {
        while (true) {
            try {
                return etape.getAsInt();
            } catch (RuntimeException verrouTenu) {
                if (Instant.now().isAfter(limite)) {
                    throw verrouTenu;
                }
            }
        }
    }

    /** V24: the accounts per Caf the Cnaf reads, counted once a run. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recompterComptes() {
        entrepot.recompterComptes();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int replierUnLot() {
        return entrepot.replier(LOT, horloge.instant());
    }
}

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
        long total = 0;
        int lot;
        Instant limite = Instant.now().plus(ATTENTE_VERROU);
        do {
            try {
                lot = moi.replierUnLot();
            } catch (RuntimeException verrouTenu) {
                // Another fold holds the watermark (H2 gives up waiting after its lock timeout): try again until the limit.
                if (Instant.now().isAfter(limite)) {
                    throw verrouTenu;
                }
                lot = -1;
                continue;
            }
            total += lot;
        } while (lot != 0);
        while (true) {
            try {
                moi.recompterComptes();
                return total;
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

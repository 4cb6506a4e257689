package org.eden.portail.tableaudebord;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * R-TDB-2: every minute, folds the traces sealed since the last run into the supervision's
 * aggregates, a batch per transaction until none is left. Not persistent: a missed minute is caught
 * up by the next. Every node of a cluster runs it; the lock of the watermark row makes them follow
 * each other, the later ones finding nothing left. The purge of the traces runs at night, long after
 * the traces it removes were folded.
 */
@Singleton
public class RepliTraces {

    private static final Logger LOG = Logger.getLogger(RepliTraces.class.getName());

    @Inject
    AgregationSupervision agregation;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "Repli des traces dans la supervision (R-TDB-2)")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void replier() {
        try {
            agregation.rattraper();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Repli des traces dans la supervision en échec ; repris à la minute suivante", e);
        }
    }
}

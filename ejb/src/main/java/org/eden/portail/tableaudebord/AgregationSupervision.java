package org.eden.portail.tableaudebord;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;

/** R-TDB-2: the fold of the sealed traces into the aggregates, a batch per transaction. */
@Stateless
public class AgregationSupervision {

    static final int LOT = 5_000;

    @Inject
    EntrepotSupervision entrepot;

    @Inject
    Clock horloge;

    @Resource
    SessionContext ejb;

    /** Folds until no sealed trace is left after the watermark; the number of traces folded. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long rattraper() {
        AgregationSupervision moi = ejb.getBusinessObject(AgregationSupervision.class);
        long total = 0;
        int lot;
        do {
            lot = moi.replierUnLot();
            total += lot;
        } while (lot > 0);
        return total;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int replierUnLot() {
        return entrepot.replier(LOT, horloge.instant());
    }
}

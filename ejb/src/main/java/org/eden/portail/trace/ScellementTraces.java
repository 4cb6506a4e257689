package org.eden.portail.trace;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;

/**
 * One batch of sealing (R-TRACE-1), in a transaction of its own: the chain head is locked
 * (SELECT … FOR UPDATE), so that one batch at a time, on one node or another, extends the chain;
 * the oldest waiting traces, in the order of their ids, take the next rangs and their hashes; the
 * head moves to the last one; all commit together or not at all.
 */
@Stateless
public class ScellementTraces {

    /** Traces sealed per transaction: the head's lock is held for one batch only. */
    static final int LOT = 500;

    @Inject
    TraceRepository traces;

    /** @return how many traces this batch sealed (fewer than {@link #LOT}: none wait any more) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int scellerUnLot() {
        TeteChaine tete = traces.teteVerrouillee();
        List<Trace> lot = traces.aSceller(LOT);
        lot.forEach(tete::sceller);
        return lot.size();
    }
}

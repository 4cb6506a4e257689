package org.eden.portail.trace;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * R-TRACE-1: the sealer. Takes the committed traces that wait, in rang order, and makes each the
 * next link of the chain (maillon, previous hash, hash), by batches of {@link #LOT}, each batch in a
 * transaction of its own that holds the chain head ({@code trace_tete}, SELECT … FOR UPDATE): two
 * sealers, on this server or another, run one after the other, and the second finds only what the
 * first left. The order is deterministic (rang order of what is committed when the batch is read);
 * a trace whose transaction commits later than a higher rang is simply sealed after it.
 * <p>
 * Not traced itself: it would trace forever. {@link ScelleurTraces} calls it just after commits;
 * tests call {@link #sceller()} to have the chain whole before they verify it.
 */
@Stateless
public class ScellementTraces {

    /** Traces sealed per transaction: short locks, few round trips. */
    static final int LOT = 500;

    @Inject
    TraceRepository traces;

    @Inject
    EtatScellement etat;

    @Inject
    Clock horloge;

    @Resource
    SessionContext ejb;

    /**
     * Seals every trace committed so far; returns how many. Each batch commits on its own. When
     * nothing waits (a cheap read, without lock) the head is not even locked.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long sceller() {
        ScellementTraces moi = ejb.getBusinessObject(ScellementTraces.class);
        AttenteScellement attente = moi.attente();
        long total = 0;
        if (attente.nombre() > 0) {
            int lot;
            do {
                lot = moi.scellerUnLot();
                total += lot;
            } while (lot == LOT);
            attente = moi.attente();
        }
        etat.observer(attente.nombre(), attente.age(horloge.instant()));
        return total;
    }

    /** One batch: the head locked, up to {@link #LOT} traces sealed, the head moved, committed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int scellerUnLot() {
        TeteChaine tete = traces.teteVerrouillee();
        List<Trace> lot = traces.aSceller(LOT);
        lot.forEach(tete::sceller);
        return lot.size();
    }

    /** What waits now (read without lock). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AttenteScellement attente() {
        return traces.attente();
    }
}

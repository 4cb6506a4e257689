package org.eden.portail.trace;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Seals the traces shortly after their commit, off the actions' path (R-TRACE-1).
 * <ul>
 * <li>After each commit that wrote a trace, a sealing is asked for; the asks of the next
 * {@value #REGROUPEMENT_MS} ms fold into one run on the server's scheduler, which seals batch after
 * batch until nothing waits.</li>
 * <li>Every 5 seconds, on every node, a pass seals what no ask covered: a trace whose node died
 * before its run, or one committed while a run was finishing.</li>
 * </ul>
 * Two runs, on one node or two, never interleave: each batch holds the chain head's lock
 * ({@link ScellementTraces}). Readers that must see the very last traces seal first
 * ({@link #scellerTout()}); the verification does not, and reports what waits instead.
 */
@Singleton
@Startup
@DependsOn("MigrationSchema") // no pass before the schema exists
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScelleurTraces {

    private static final Logger LOG = Logger.getLogger(ScelleurTraces.class.getName());

    @Inject
    ScellementTraces scellement;

    /**
     * How long a run waits for the traces of the commits that follow the first ask. Run at once, under
     * load each run sealed one or two traces, each batch its own transaction and head lock: a quarter
     * of the server's Java time for a traced action that does nothing (docs/mesures.md). Waiting a
     * tenth of a second seals a burst in one batch, and keeps "shortly after its commit".
     */
    static final long REGROUPEMENT_MS = 100;

    // The server's default scheduler by its global name, which resolves the same from any module of the EAR.
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService planificateur;

    /** A run is asked for and has not started yet: further asks are already covered by it. */
    private final AtomicBoolean demande = new AtomicBoolean();

    /** A traced success has committed: its trace waits to be sealed. */
    public void apresCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvenementTrace evenement) {
        demander();
    }

    /** Asks for a run in {@value #REGROUPEMENT_MS} ms, off the caller's thread; returns at once. */
    public void demander() {
        if (demande.compareAndSet(false, true)) {
            planificateur.schedule(() -> {
                demande.set(false); // an ask arriving from now on needs a run after this one
                sceller();
            }, REGROUPEMENT_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "Scellement des traces (R-TRACE-1)")
    public void releve() {
        sceller();
    }

    /** Seals every trace committed so far, batch after batch, before returning. */
    public int scellerTout() {
        int total = 0;
        int scellees;
        do {
            scellees = scellement.scellerUnLot();
            total += scellees;
        } while (scellees == ScellementTraces.LOT);
        return total;
    }

    private void sceller() {
        try {
            scellerTout();
        } catch (RuntimeException e) {
            // The traces stay written and waiting; the next pass seals them (the health check shows the wait).
            LOG.warning(() -> "Scellement des traces remis à la prochaine passe : " + e);
        }
    }
}

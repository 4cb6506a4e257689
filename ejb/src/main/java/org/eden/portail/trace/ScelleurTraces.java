package org.eden.portail.trace;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the sealer ({@link ScellementTraces}) on every server, {@code eden.traces.scellement.delai}
 * milliseconds (200 by default) after the end of its previous pass: a trace is in the chain a
 * fraction of a second after its commit. Fixed delay, so passes never overlap on one server; the
 * chain head's lock orders them across servers. A failed pass is logged and the next one retries.
 */
@Singleton
@Startup
@DependsOn("MigrationSchema") // the columns it seals are V13's
public class ScelleurTraces {

    private static final Logger LOG = Logger.getLogger(ScelleurTraces.class.getName());

    static final String DELAI = "eden.traces.scellement.delai";

    @Resource
    ManagedScheduledExecutorService planificateur;

    @Inject
    ScellementTraces scellement;

    private ScheduledFuture<?> passages;

    @PostConstruct
    void demarrer() {
        long delai = Long.getLong(DELAI, 200);
        passages = planificateur.scheduleWithFixedDelay(this::passer, delai, delai, TimeUnit.MILLISECONDS);
    }

    private void passer() {
        try {
            scellement.sceller();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scellement des traces en échec, nouvel essai au prochain passage", e);
        }
    }

    @PreDestroy
    void arreter() {
        passages.cancel(false);
    }
}

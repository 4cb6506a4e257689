package org.eden.portail.habilitation;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * R-HAB-10: every 30 seconds, on every node (so also just after a start), the user imports "en
 * cours" whose runner is gone are resumed where they stopped ({@link ExecutionImport#reprendre}).
 */
@Singleton
@Startup
@DependsOn("MigrationSchema") // no pass before the schema exists (its tables, at a first start)
public class RepriseImports {

    private static final Logger LOG = Logger.getLogger(RepriseImports.class.getName());

    @Inject
    RevueRepository lots;

    @Inject
    ExecutionImport execution;

    @Inject
    Clock horloge;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "Reprise des imports interrompus")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void reprendre() {
        try {
            for (Long id : lots.importsSansExecutant(horloge.instant())) {
                execution.reprendre(id);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Reprise des imports impossible : " + e);
        }
    }
}

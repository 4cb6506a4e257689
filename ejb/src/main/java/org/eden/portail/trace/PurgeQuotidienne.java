package org.eden.portail.trace;

import jakarta.ejb.Schedule;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * R-TRACE-2 and R-TRACE-3: the retention purge, every night: the traces, then every other retained
 * data plugged in through {@link DonneesRetenues}. Not persistent: a missed night is caught up by the
 * next one (the purge takes everything past the limit), and no timer table is needed. In a cluster
 * every node runs it; the chain head's lock makes the runs follow each other, and the later ones
 * find nothing left to purge.
 */
@Singleton
@Startup
@DependsOn("MigrationSchema")
public class PurgeQuotidienne {

    private static final Logger LOG = Logger.getLogger(PurgeQuotidienne.class.getName());

    @Inject
    RetentionTraces retention;

    @Inject
    Clock horloge;

    /**
     * At startup too, right after the schema's migration: a server started on the 1st of a month
     * after a long stop still writes into a partition of its own (PostgreSQL).
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void demarrer() {
        preparerPartitions(horloge.instant());
    }

    @Schedule(hour = "3", minute = "15", persistent = false, info = "Purge des traces (R-TRACE-2)")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void purger() {
        Instant maintenant = horloge.instant();
        preparerPartitions(maintenant);
        try {
            PurgeTraces purge = retention.purger(maintenant);
            LOG.info(() -> "Purge des traces : " + purge.getNombre() + " trace(s) antérieure(s) au " + purge.getLimite() + " supprimée(s).");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Purge des traces en échec", e);
            retention.enregistrerEchec(maintenant, e.toString());
        }
        // R-TRACE-3 and any other retained data plugged in (DonneesRetenues): each in its own
        // transaction and traced; one failing never stops the others.
        for (String code : retention.donneesRetenues()) {
            try {
                PurgeDonnees purge = retention.purgerDonnees(code, maintenant);
                LOG.info(() -> "Purge " + code + " : " + purge.detailTrace());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Purge " + code + " en échec", e);
            }
        }
    }

    /** Never stops the purge nor the startup: a month without partition only lands in the default one. */
    private void preparerPartitions(Instant maintenant) {
        try {
            List<String> creees = retention.preparerPartitions(maintenant);
            if (!creees.isEmpty()) {
                LOG.info(() -> "Partitions de traces créées : " + creees);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Partitions de traces non préparées", e);
        }
    }
}

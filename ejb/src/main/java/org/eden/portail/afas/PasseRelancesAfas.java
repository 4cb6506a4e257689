package org.eden.portail.afas;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eden.portail.shared.Fuseau;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * R-AFAS-7: every morning, the campaign's reminders due today ({@link RelancesCampagne}), each Caf
 * in its own transaction (one failing never stops the others). On every
 * node: the record of each reminder (unique) lets one node send it; the other's pass fails on it
 * and sends nothing. Not persistent: a morning missed is caught up by the next one.
 */
@Singleton
@Startup
@DependsOn("MigrationSchema")
public class PasseRelancesAfas {

    private static final Logger LOG = Logger.getLogger(PasseRelancesAfas.class.getName());

    @Inject
    RelancesCampagne relances;

    @Inject
    Clock horloge;

    @Schedule(hour = "7", minute = "5", persistent = false, info = "Relances des campagnes AFAS (R-AFAS-7)")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void relancer() {
        LocalDate jour = LocalDate.ofInstant(horloge.instant(), Fuseau.PARIS);
        for (String caf : relances.cafs()) {
            try {
                RelancesCampagne.Bilan bilan = relances.relancer(caf, jour);
                LOG.info(() -> "Relances AFAS de la Caf " + caf + " du " + jour + " : " + bilan.detailTrace() + ".");
            } catch (RuntimeException e) {
                // Most often another node's pass recorded the same reminders first (their UNIQUE): nothing was sent twice.
                LOG.log(Level.WARNING, "Relances AFAS de la Caf " + caf + " du " + jour + " non envoyées par ce nœud", e);
            }
        }
    }
}

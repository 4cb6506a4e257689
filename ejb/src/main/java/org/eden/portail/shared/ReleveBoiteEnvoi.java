package org.eden.portail.shared;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The outbox's safety net: every 10 seconds, on every node, the mails due that no node is sending
 * — a retry whose node stopped, a mail whose node died before its first attempt, a lease expired
 * — are attempted ({@link EnvoiCourriels}). The claim in the database makes one node send each.
 * Not persistent: a pass missed while the server was down is simply the next one.
 */
@Singleton
@Startup
@DependsOn("MigrationSchema") // no pass before the schema exists (its tables, at a first start)
public class ReleveBoiteEnvoi {

    private static final Logger LOG = Logger.getLogger(ReleveBoiteEnvoi.class.getName());

    /** Mails attempted per pass: a backlog drains over a few passes without flooding the relay. */
    static final int PAR_RELEVE = 50;

    @Inject
    BoiteEnvoi boite;

    @Inject
    EnvoiCourriels envoi;

    @Inject
    Clock horloge;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "Relève de la boîte d'envoi")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void relever() {
        try {
            for (long id : boite.dus(horloge.instant(), PAR_RELEVE)) {
                envoi.programmer(id, Duration.ZERO);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Relève de la boîte d'envoi impossible : " + e);
        }
    }
}

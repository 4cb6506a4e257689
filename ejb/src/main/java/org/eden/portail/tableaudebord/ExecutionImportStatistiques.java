package org.eden.portail.tableaudebord;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.shiro.subject.Subject;
import org.eden.portail.identite.SujetHorsRequete;
import org.eden.portail.shared.RegleMetierException;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import launched from the screen off the request thread, as the agent who launched it
 * (his permissions checked again, his name in the trace), in a transaction of its own: the
 * screen's progress bar reads {@link SuiviImport} meanwhile. The end is written once that
 * transaction is over, so an import never reads « chargé » before its figures are committed.
 */
@ApplicationScoped
public class ExecutionImportStatistiques {

    private static final Logger LOG = Logger.getLogger(ExecutionImportStatistiques.class.getName());

    @Inject
    ImportStatistiquesService service;

    @Inject
    SuivisImports suivis;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executeur;

    void apresLancement(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportStatistiquesLance lance) {
        executeur.submit(() -> executer(lance));
    }

    void executer(ImportStatistiquesLance lance) {
        Subject agent = SujetHorsRequete.de(lance.lancePar());
        agent.execute(() -> {
            try {
                suivis.terminer(lance.suiviId(), service.importer(lance.fichier(), lance.contenu(), lance.attendu(), lance.moisAttendu(),
                        lance.suiviId()));
            } catch (RegleMetierException refus) {
                terminer(lance, refus.enClair());
            } catch (RuntimeException erreur) {
                LOG.log(Level.SEVERE, "Import de statistiques " + lance.fichier(), erreur);
                terminer(lance, "Erreur technique : rien n'a été chargé ; réessayez ou signalez-le.");
            }
        });
    }

    private void terminer(ImportStatistiquesLance lance, String motif) {
        suivis.terminer(lance.suiviId(), new RapportImport(lance.fichier(), lance.attendu(), lance.moisAttendu(),
                0, 0, List.of(new CoherenceStatistiques.Refus(0, motif)), 0));
    }
}

package org.eden.portail.habilitation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.identite.SujetHorsRequete;
import org.eden.portail.shared.RegleMetierException;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * R-HAB-10: runs an import in the background, line after line, each in its own transaction
 * ({@link TraitementLigneImport}), with the rights of the manager who launched it — the Shiro
 * subject is rebuilt on the portal's realm in this thread, so every line passes the same checks
 * as a creation on screen. Progress is the import row's counters, committed line by line, which
 * the screen polls.
 * <p>
 * Run on the server's managed executor (like the mails, {@code EnvoiCourriels}) rather than as an
 * {@code @Asynchronous} EJB — which, called from an after-commit observer, would start in a
 * transaction-less callback — or as a Jakarta Batch job: the unit of work is one line
 * already wrapped in one service transaction, there is no chunk, reader or writer to configure,
 * the progress and results are domain data the screens and the report read anyway.
 * <p>
 * An import cut short by a restart or a dead node resumes where it stopped: its runner renews a
 * lease on the import row at each line ({@link ImportUtilisateurs#BAIL}); {@link RepriseImports}
 * finds the imports "en cours" whose lease expired, one node takes the lease by a conditional
 * UPDATE and runs the lines not yet processed. Each line commits with its result, so a line is
 * processed once: the one cut short rolled back and is done again.
 */
@ApplicationScoped
public class ExecutionImport {

    private static final Logger LOG = Logger.getLogger(ExecutionImport.class.getName());

    @Inject
    TraitementLigneImport traitement;

    @Inject
    RevueRepository lots;

    // The server's default executor by its global name, which resolves the same from any module of the EAR.
    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executeur;

    /** Starts the run, off the request thread, once the import and its lines are committed. */
    void apresEnregistrement(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportLance lance) {
        executeur.submit(() -> executer(lance.importId()));
    }

    /** R-HAB-10: an import whose runner is gone, resumed on this node if this node takes its lease. */
    void reprendre(Long importId) {
        if (traitement.prendreLaMain(importId)) {
            LOG.warning(() -> "Import " + importId + " sans exécutant (redémarrage ?) : repris là où il s'était arrêté.");
            executeur.submit(() -> executer(importId));
        }
    }

    /** Processes the import's lines not yet processed, as the manager who launched it (no transaction of its own). */
    void executer(Long importId) {
        ImportUtilisateurs lot = lots.importUtilisateurs(importId).orElseThrow();
        List<Integer> numeros = lots.lignesImport(importId).stream().filter(l -> !l.estTraitee()).map(LigneImport::getNumero).toList();
        Subject gestionnaire = SujetHorsRequete.de(lot.getLancePar());
        gestionnaire.execute(() -> {
            for (int numero : numeros) {
                traiter(importId, numero);
            }
            traitement.terminer(importId);
        });
    }

    private void traiter(Long importId, int numero) {
        try {
            traitement.creer(importId, numero);
        } catch (RegleMetierException refus) {
            traitement.refuser(importId, numero, refus.enClair());
        } catch (AuthorizationException refus) {
            traitement.refuser(importId, numero, "Refusé : vos droits ne permettent pas cette création (" + refus.getMessage() + ").");
        } catch (RuntimeException erreur) {
            LOG.log(Level.SEVERE, "Import " + importId + ", ligne " + numero, erreur);
            traitement.refuser(importId, numero, "Erreur technique : la ligne n'a pas été créée ; réessayez ou signalez-le.");
        }
    }
}

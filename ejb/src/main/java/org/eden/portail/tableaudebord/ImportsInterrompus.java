package org.eden.portail.tableaudebord;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eden.portail.shared.Noeud;

import java.util.logging.Logger;

/**
 * At this node's start, its statistics imports still « en cours » are those its last stop cut
 * (R-TDB-6): they are marked interrompus with their report, so the screen shows what happened
 * instead of a progress bar that never ends. Other nodes' imports are theirs: left alone.
 */
@Singleton
@Startup
@DependsOn("MigrationSchema")
public class ImportsInterrompus {

    private static final Logger LOG = Logger.getLogger(ImportsInterrompus.class.getName());

    @Inject
    SuivisImports suivis;

    @PostConstruct
    void auDemarrage() {
        int interrompus = suivis.interrompre(Noeud.nom());
        if (interrompus > 0) {
            LOG.warning(() -> interrompus + " import(s) de statistiques interrompu(s) par l'arrêt du nœud " + Noeud.nom()
                    + " : rien n'en a été chargé.");
        }
    }
}

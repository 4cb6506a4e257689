package org.eden.portail.tableaudebord;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cubes of the loaded vintages read into memory before anyone asks (R-TDB-3): in the background
 * once the portal has started, newest months first, up to what {@link CubesTdb} keeps; and each
 * month loaded later (an import, the demo figures of a new base) as soon as it has committed. Without it the first reader of each cube waits for its
 * 600 to 2,000 rows, and a node just started (a restart, a node added to the cluster) answers five
 * times slower than one that ran for a day. Requests are served meanwhile: a cube not read yet is read
 * by its first caller, as before.
 * <p>
 * {@code -Deden.tdb.prechargement=false} skips the pass at startup (the integration tests' servers,
 * which deploy the portal again for every test class); the imports' months are read all the same.
 */
@Singleton
@Startup
@DependsOn("MigrationSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PrechargementCubes {

    static final String ACTIVATION = "eden.tdb.prechargement";

    private static final Logger LOG = Logger.getLogger(PrechargementCubes.class.getName());

    @Inject
    CubesTdb cubes;

    @Inject
    EntrepotStatistiques entrepot;

    // The server's default executor by its global name, which resolves the same from any module of the EAR.
    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executeur;

    @PostConstruct
    void auDemarrage() {
        if (Boolean.parseBoolean(System.getProperty(ACTIVATION, "true"))) {
            executeur.execute(() -> precharger(entrepot.chargements()));
        }
    }

    /** A month's load has committed: its cubes are read now, before its first reader. */
    public void apresImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatistiquesChargees chargees) {
        executeur.execute(() -> precharger(entrepot.chargement(chargees.millesime(), chargees.mois()).stream().toList()));
    }

    /**
     * Reads the cubes of these loads that are not in memory, in the order given, while there is room;
     * the number read. A failure stops the pass, not the portal: what is left is read on demand.
     */
    public int precharger(List<Chargement> chargements) {
        long debut = System.nanoTime();
        int lus = 0;
        try {
            for (Chargement c : chargements) {
                for (Theme theme : Theme.values()) {
                    for (Regime regime : Regime.values()) {
                        if (cubes.taille() >= CubesTdb.CAPACITE) {
                            return lus; // the oldest would push out the newest
                        }
                        if (!cubes.enMemoire(c.millesime(), c.mois(), theme, regime, c.chargeLe())) {
                            cubes.cube(c.millesime(), c.mois(), theme, regime, c.chargeLe());
                            lus++;
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Préchargement des cubes du tableau de bord interrompu ; les autres seront lus à leur première demande", e);
        } finally {
            LOG.info(String.format("Tableau de bord : %d cubes lus en mémoire en %d ms (%d en mémoire en tout)",
                    lus, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - debut), cubes.taille()));
        }
        return lus;
    }
}

package org.eden.portail.tableaudebord;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.DonneesDemoDuContexte;
import org.eden.portail.shared.Horloge;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Demo Elisa figures (H2 only): the vintages out by the current month for three months — last
 * month in FR1, the month before in FR1 and FR2, six months ago in FR1, FR2 and FR6 (the vintage
 * comparison) — made by {@link GenerateurStatistiques} with seed {@value #GRAINE}, about 130,000
 * figures. They are loaded off the start, one vintage's month per transaction
 * ({@link ChargementDemoStatistiques}), so the portal's start never waits for them; the full
 * history (2022 onwards) is for the import, not the demo.
 */
@ApplicationScoped
public class StatistiquesDemo implements DonneesDemoDuContexte {

    public static final long GRAINE = 2026;
    private static final Logger LOG = Logger.getLogger(StatistiquesDemo.class.getName());

    @Inject
    EntrepotStatistiques entrepot;

    @Inject
    ChargementDemoStatistiques chargement;

    @Inject
    Clock horloge;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executeur;

    @Override
    public int rang() {
        return 60;
    }

    @Override
    public void chargerSiAbsentes(Caf eure, boolean baseNeuve) {
        if (!entrepot.chargements().isEmpty()) {
            return;
        }
        YearMonth courant = YearMonth.now(horloge.withZone(Horloge.FUSEAU));
        executeur.submit(() -> charger(courant));
    }

    private void charger(YearMonth courant) {
        long debut = System.nanoTime();
        int lignes = 0;
        try {
            for (YearMonth mois : List.of(courant.minusMonths(1), courant.minusMonths(2), courant.minusMonths(6))) {
                for (Millesime millesime : Millesime.values()) {
                    if (millesime.paruEn(mois, courant)) {
                        lignes += chargement.chargerSiAbsent(millesime, mois, GRAINE);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Statistiques Elisa de démonstration incomplètes", e);
        }
        int total = lignes;
        LOG.info(() -> total + " statistiques Elisa de démonstration chargées en " + (System.nanoTime() - debut) / 1_000_000 + " ms.");
    }
}

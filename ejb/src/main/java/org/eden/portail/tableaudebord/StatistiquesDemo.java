package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.DonneesDemoDuContexte;
import org.eden.portail.shared.Horloge;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo Elisa figures (H2 only): the vintages out by the current month for three months — last
 * month in FR1, the month before in FR1 and FR2, six months ago in FR1, FR2 and FR6 (the vintage
 * comparison) — made by {@link GenerateurStatistiques} with seed {@value #GRAINE}, about 130,000
 * figures, a few seconds. The full history (2022 onwards) is for the benchmark and the import
 * command, not the demo.
 */
@ApplicationScoped
public class StatistiquesDemo implements DonneesDemoDuContexte {

    public static final long GRAINE = 2026;
    private static final Logger LOG = Logger.getLogger(StatistiquesDemo.class.getName());

    @Inject
    EntrepotStatistiques entrepot;

    @Inject
    Clock horloge;

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
        long debut = System.nanoTime();
        GenerateurStatistiques generateur = new GenerateurStatistiques(GRAINE);
        int lignes = 0;
        for (YearMonth mois : List.of(courant.minusMonths(1), courant.minusMonths(2), courant.minusMonths(6))) {
            for (Millesime millesime : Millesime.values()) {
                if (millesime.paruEn(mois, courant)) {
                    List<Statistique> figures = generateur.generer(millesime, mois);
                    entrepot.remplacer(new Chargement(millesime, mois, figures.size(), horloge.instant(), "DEMO",
                            "générateur, graine " + GRAINE), figures);
                    lignes += figures.size();
                }
            }
        }
        int total = lignes;
        LOG.info(() -> total + " statistiques Elisa de démonstration chargées en " + (System.nanoTime() - debut) / 1_000_000 + " ms.");
    }
}

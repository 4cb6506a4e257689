package org.eden.portail.tableaudebord;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text summary before the comparison chart (RGAA 1.3, WCAG 1.1.1): its main figures, in French. */
class ComparaisonTdbTest {

    private static final Indicateur FOYERS = Theme.PERSONNES_COUVERTES.getIndicateurs().get(0);
    /** The no-break space French figures and per cents are written with. */
    private static final char E = '\u00a0';

    private static CelluleTdb valeur(long v) {
        return new CelluleTdb(FOYERS.code(), BigDecimal.valueOf(v), false, false);
    }

    private static CelluleTdb secret() {
        return new CelluleTdb(FOYERS.code(), BigDecimal.ONE, true, false);
    }

    private static ComparaisonTdb comparaison(Niveau niveau, List<String> millesimes, List<LigneComparaison> lignes) {
        return new ComparaisonTdb("2025-06", Theme.PERSONNES_COUVERTES, FOYERS, niveau, Regime.CNAF, Statut.ENSEMBLE,
                millesimes, lignes, null);
    }

    @Test
    @DisplayName("National : la valeur de la France dans chaque millésime et ses révisions, nombres au format français")
    void national() {
        ComparaisonTdb c = comparaison(Niveau.NATIONAL, List.of("FR1", "FR2", "FR6"), List.of(new LigneComparaison("FR", "France entière",
                List.of(valeur(1_845_312), valeur(1_854_000), valeur(1_850_000)), Arrays.asList(0.4708, -0.2157))));
        assertEquals("Foyers allocataires du RSA, juin 2025, 3 millésimes comparés : France entière, FR1 1" + E + "845" + E + "312, "
                + "FR2 1" + E + "854" + E + "000 (+0,47" + E + "%), FR6 1" + E + "850" + E + "000 (-0,22" + E + "%).", c.getResume());
    }

    @Test
    @DisplayName("Par département : la France d'abord (même en dernière ligne), la plus forte révision en valeur absolue, les secrets comptés sans valeur")
    void departements() {
        ComparaisonTdb c = comparaison(Niveau.DEPARTEMENT, List.of("FR1", "FR2"), List.of(
                new LigneComparaison("64", "Pyrénées-Atlantiques", List.of(valeur(8_000), valeur(8_200)), Arrays.asList(2.5)),
                new LigneComparaison("75", "Paris", List.of(valeur(40_000), valeur(39_000)), Arrays.asList(-2.5001)),
                new LigneComparaison("48", "Lozère", List.of(secret(), valeur(700)), Arrays.asList((Double) null)),
                new LigneComparaison("FR", "France entière", List.of(valeur(1_000_000), valeur(1_001_000)), Arrays.asList(0.1))));
        assertEquals("Foyers allocataires du RSA, juin 2025, 2 millésimes comparés : France entière, FR1 1" + E + "000" + E + "000, "
                + "FR2 1" + E + "001" + E + "000 (+0,10" + E + "%). 4 lignes ; la plus forte révision : Paris, -2,50" + E + "% de FR1 à FR2. "
                + "1 valeur est couverte par le secret statistique, sans révision.", c.getResume());
    }

    @Test
    @DisplayName("Rien à comparer : le motif, tel que la page l'affiche à la place du graphique")
    void motif() {
        ComparaisonTdb c = new ComparaisonTdb("2025-06", Theme.PERSONNES_COUVERTES, FOYERS, Niveau.NATIONAL, Regime.CNAF, Statut.ENSEMBLE,
                List.of(), List.of(), "Aucun millésime de juin 2025 n'est chargé.");
        assertEquals("Aucun millésime de juin 2025 n'est chargé.", c.getResume());
    }
}

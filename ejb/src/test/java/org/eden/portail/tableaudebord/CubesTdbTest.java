package org.eden.portail.tableaudebord;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compact cube gives back every figure exactly as read, and its secret cells (R-TDB-5). */
class CubesTdbTest {

    private static final YearMonth MOIS = YearMonth.of(2025, 6);

    private static List<Statistique> cube(Millesime millesime, Theme theme, Regime regime) {
        return new GenerateurStatistiques(2026).generer(millesime, MOIS).stream()
                .filter(s -> s.theme() == theme && s.regime() == regime).toList();
    }

    @Test
    @DisplayName("R-TDB-5 : chaque valeur est rendue telle qu'elle a été lue (échelle comprise), les cellules secrètes le restent")
    void rendTelQuelLu() {
        List<Statistique> figures = cube(Millesime.FR2, Theme.MONTANTS_MOYENS, Regime.MSA);
        Set<SecretStatistique.Cle> secrets = SecretStatistique.secrets(Theme.MONTANTS_MOYENS, Regime.MSA, figures, 5);
        List<Boolean> drapeaux = figures.stream().map(s -> secrets.contains(SecretStatistique.cle(s))).toList();
        CubesTdb.Cube cube = CubesTdb.construire(new EntrepotStatistiques.CubeLu(figures, drapeaux, 5),
                Theme.MONTANTS_MOYENS, Regime.MSA, 5, new CubesTdb.Cellules());

        assertFalse(secrets.isEmpty(), "the data set has secret cells");
        for (Statistique s : figures) {
            SecretStatistique.Cle cle = SecretStatistique.cle(s);
            int numero = cube.numero(cle);
            assertTrue(numero >= 0);
            assertEquals(s.valeur(), cube.valeur(numero), s.toString());
            assertEquals(secrets.contains(cle), cube.secret(numero), s.toString());
        }
        SecretStatistique.Cle absente = new SecretStatistique.Cle(Statut.ENSEMBLE, Niveau.DEPARTEMENT, "2A", "INCONNU");
        assertEquals(-1, cube.numero(absente));
        assertNull(cube.valeur(-1));
        assertFalse(cube.secret(-1));
    }

    @Test
    @DisplayName("R-TDB-5 : un seuil changé depuis le chargement fait recalculer le secret ; une valeur hors norme est gardée entière")
    void seuilChangeEtGrandeValeur() {
        List<Statistique> lues = new ArrayList<>(cube(Millesime.FR6, Theme.PERSONNES_COUVERTES, Regime.MSA));
        Statistique premiere = lues.get(0);
        BigDecimal enorme = new BigDecimal("123456789012345678901234567890.25");
        lues.set(0, new Statistique(premiere.millesime(), premiere.mois(), premiere.theme(), premiere.regime(), premiere.statut(),
                premiere.niveau(), premiere.code(), premiere.indicateur(), enorme, premiere.foyers()));
        CubesTdb.Cellules cellules = new CubesTdb.Cellules();
        CubesTdb.Cube cube = CubesTdb.construire(new EntrepotStatistiques.CubeLu(lues, Collections.nCopies(lues.size(), false), 5),
                Theme.PERSONNES_COUVERTES, Regime.MSA, 10, cellules);

        assertEquals(enorme, cube.valeur(cube.numero(SecretStatistique.cle(lues.get(0)))));
        Set<SecretStatistique.Cle> attendus = SecretStatistique.secrets(Theme.PERSONNES_COUVERTES, Regime.MSA, lues, 10);
        assertFalse(attendus.isEmpty());
        lues.forEach(s -> assertEquals(attendus.contains(SecretStatistique.cle(s)), cube.secret(cube.numero(SecretStatistique.cle(s))), s.toString()));

        List<Statistique> fr1 = cube(Millesime.FR1, Theme.PERSONNES_COUVERTES, Regime.MSA);
        CubesTdb.Cube autreMillesime = CubesTdb.construire(new EntrepotStatistiques.CubeLu(fr1, Collections.nCopies(fr1.size(), false), 10),
                Theme.PERSONNES_COUVERTES, Regime.MSA, 10, cellules);
        int taille = cellules.taille();
        assertEquals(lues.size(), taille, "the cells of a theme and régime are numbered once for all its cubes");
        assertTrue(autreMillesime.numero(SecretStatistique.cle(lues.get(0))) >= 0);
    }
}

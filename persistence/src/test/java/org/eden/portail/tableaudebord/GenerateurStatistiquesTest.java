package org.eden.portail.tableaudebord;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateurStatistiquesTest {

    private static final YearMonth MOIS = YearMonth.of(2024, 3);
    private static List<Statistique> fr6;
    private static List<Statistique> fr1;

    @BeforeAll
    static void generer() {
        GenerateurStatistiques generateur = new GenerateurStatistiques(2026);
        fr6 = generateur.generer(Millesime.FR6, MOIS);
        fr1 = generateur.generer(Millesime.FR1, MOIS);
    }

    private static long valeur(List<Statistique> lignes, Regime regime, Statut statut, Niveau niveau, String code, Theme theme, String indicateur) {
        return lignes.stream().filter(s -> s.regime() == regime && s.statut() == statut && s.niveau() == niveau
                        && s.code().equals(code) && s.theme() == theme && s.indicateur().equals(indicateur))
                .findFirst().orElseThrow(() -> new AssertionError(code + " " + indicateur)).valeur().longValue();
    }

    @Test
    @DisplayName("R-TDB-3 : 101 Caf, 100 départements, 35 caisses MSA, chaque thème à chaque niveau")
    void territoire() {
        assertEquals(101, fr6.stream().filter(s -> s.regime() == Regime.CNAF && s.niveau() == Niveau.CAISSE).map(Statistique::code).distinct().count());
        assertEquals(100, fr6.stream().filter(s -> s.regime() == Regime.CNAF && s.niveau() == Niveau.DEPARTEMENT).map(Statistique::code).distinct().count());
        assertEquals(35, fr6.stream().filter(s -> s.regime() == Regime.MSA && s.niveau() == Niveau.CAISSE).map(Statistique::code).distinct().count());
        assertEquals(96, fr6.stream().filter(s -> s.regime() == Regime.MSA && s.niveau() == Niveau.DEPARTEMENT).map(Statistique::code).distinct().count());
        for (Theme theme : Theme.values()) {
            for (Niveau niveau : Niveau.values()) {
                for (Statut statut : Statut.values()) {
                    assertTrue(fr6.stream().anyMatch(s -> s.theme() == theme && s.niveau() == niveau && s.regime() == Regime.MSA && s.statut() == statut),
                            theme + " " + niveau + " " + statut);
                }
                assertTrue(fr6.stream().anyMatch(s -> s.theme() == theme && s.niveau() == niveau && s.regime() == Regime.CNAF));
            }
        }
    }

    @Test
    @DisplayName("R-TDB-3 : les ordres de grandeur d'Elisa (1,84–1,9 million de foyers, Nord, Bouches-du-Rhône, Alpes-Maritimes, MSA 2 %)")
    void ordresDeGrandeur() {
        long cnaf = valeur(fr6, Regime.CNAF, Statut.ENSEMBLE, Niveau.NATIONAL, "FR", Theme.PERSONNES_COUVERTES, "FOYERS");
        long msa = valeur(fr6, Regime.MSA, Statut.ENSEMBLE, Niveau.NATIONAL, "FR", Theme.PERSONNES_COUVERTES, "FOYERS");
        assertTrue(cnaf + msa > 1_800_000 && cnaf + msa < 1_950_000, "national " + (cnaf + msa));
        double partMsa = msa / (double) (cnaf + msa);
        assertTrue(partMsa > 0.012 && partMsa < 0.03, "part MSA " + partMsa);
        assertDansLIntervalle(departement("59"), 85_000, 115_000, "Nord");
        assertDansLIntervalle(departement("13"), 60_000, 80_000, "Bouches-du-Rhône");
        assertDansLIntervalle(departement("06"), 17_000, 25_000, "Alpes-Maritimes");
        long personnes13 = valeur(fr6, Regime.CNAF, Statut.ENSEMBLE, Niveau.DEPARTEMENT, "13", Theme.PERSONNES_COUVERTES, "PERSONNES");
        assertDansLIntervalle(personnes13, 125_000, 175_000, "personnes couvertes, Bouches-du-Rhône");
    }

    private static long departement(String code) {
        return valeur(fr6, Regime.CNAF, Statut.ENSEMBLE, Niveau.DEPARTEMENT, code, Theme.PERSONNES_COUVERTES, "FOYERS")
                + valeur(fr6, Regime.MSA, Statut.ENSEMBLE, Niveau.DEPARTEMENT, code, Theme.PERSONNES_COUVERTES, "FOYERS");
    }

    private static void assertDansLIntervalle(long valeur, long min, long max, String quoi) {
        assertTrue(valeur >= min && valeur <= max, quoi + " : " + valeur);
    }

    @Test
    @DisplayName("R-TDB-6 : chaque millésime généré s'accorde avec ses totaux (national = somme des niveaux, parties = total)")
    void coherent() {
        for (List<Statistique> lignes : List.of(fr6, fr1)) {
            List<CoherenceStatistiques.Ligne> numerotees = new ArrayList<>();
            for (int i = 0; i < lignes.size(); i++) {
                numerotees.add(new CoherenceStatistiques.Ligne(i + 2, lignes.get(i)));
            }
            assertEquals(List.of(), CoherenceStatistiques.controler(numerotees));
        }
        long somme = fr6.stream().filter(s -> s.regime() == Regime.CNAF && s.niveau() == Niveau.CAISSE
                && s.theme() == Theme.PERSONNES_COUVERTES && s.indicateur().equals("FOYERS")).mapToLong(s -> s.valeur().longValue()).sum();
        assertEquals(valeur(fr6, Regime.CNAF, Statut.ENSEMBLE, Niveau.NATIONAL, "FR", Theme.PERSONNES_COUVERTES, "FOYERS"), somme);
    }

    @Test
    @DisplayName("R-TDB-6 : un fichier qui contredit ses totaux est refusé en nommant ses lignes")
    void incoherenceNommee() {
        List<CoherenceStatistiques.Ligne> numerotees = new ArrayList<>();
        for (int i = 0; i < fr6.size(); i++) {
            Statistique s = fr6.get(i);
            if (s.regime() == Regime.CNAF && s.niveau() == Niveau.CAISSE && s.code().equals("591")
                    && s.theme() == Theme.ANCIENNETE && s.indicateur().equals("MOINS_UN_AN")) {
                s = new Statistique(s.millesime(), s.mois(), s.theme(), s.regime(), s.statut(), s.niveau(), s.code(), s.indicateur(),
                        s.valeur().add(BigDecimal.TEN), s.foyers());
            }
            numerotees.add(new CoherenceStatistiques.Ligne(i + 2, s));
        }
        List<CoherenceStatistiques.Refus> refus = CoherenceStatistiques.controler(numerotees);
        assertEquals(3, refus.size(), refus.toString()); // the Caf's département, national, and the Caf's own row (parts ≠ ENSEMBLE)
        assertTrue(refus.stream().anyMatch(r -> r.motif().contains("DEPARTEMENT 59") && r.motif().contains("somme des Caf")), refus.toString());
        assertTrue(refus.stream().allMatch(r -> r.motif().startsWith("R-TDB-6 : ligne ")));
    }

    @Test
    @DisplayName("R-TDB-3 : FR1 et FR2 révisent FR6 de quelques pour cent ; le générateur est déterministe")
    void millesimes() {
        long definitif = valeur(fr6, Regime.CNAF, Statut.ENSEMBLE, Niveau.NATIONAL, "FR", Theme.PERSONNES_COUVERTES, "FOYERS");
        long provisoire = valeur(fr1, Regime.CNAF, Statut.ENSEMBLE, Niveau.NATIONAL, "FR", Theme.PERSONNES_COUVERTES, "FOYERS");
        double revision = (definitif - provisoire) / (double) definitif;
        assertTrue(revision > 0.01 && revision < 0.035, "révision " + revision);
        List<Statistique> encore = new GenerateurStatistiques(2026).generer(Millesime.FR6, MOIS);
        assertEquals(fr6, encore);
        Map<Boolean, Long> secrets = fr6.stream().filter(s -> s.theme() == Theme.PERSONNES_COUVERTES && s.indicateur().equals("FOYERS"))
                .collect(Collectors.partitioningBy(s -> s.foyers() < 5, Collectors.counting()));
        assertTrue(secrets.get(true) > 0, "quelques cellules sous le seuil (exploitants de Paris…)");
    }
}

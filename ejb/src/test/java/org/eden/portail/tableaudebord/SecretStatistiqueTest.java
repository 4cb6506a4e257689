package org.eden.portail.tableaudebord;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-TDB-5: primary secrecy under the threshold, and secondary suppression so that no sum gives a hidden cell back. */
class SecretStatistiqueTest {

    private static final YearMonth MOIS = YearMonth.of(2025, 6);
    private static final List<Statistique> FIGURES = new GenerateurStatistiques(2026).generer(Millesime.FR2, MOIS);

    private static List<Statistique> cube(Theme theme, Regime regime) {
        return FIGURES.stream().filter(s -> s.theme() == theme && s.regime() == regime).toList();
    }

    @Test
    @DisplayName("R-TDB-5 : toute valeur calculée sur moins de 5 foyers est en secret statistique")
    void secretPrimaire() {
        for (Regime regime : Regime.values()) {
            for (Theme theme : Theme.values()) {
                List<Statistique> cube = cube(theme, regime);
                Set<SecretStatistique.Cle> secrets = SecretStatistique.secrets(theme, regime, cube, 5);
                cube.stream().filter(s -> s.foyers() < 5).forEach(s -> assertTrue(secrets.contains(SecretStatistique.cle(s)), s.toString()));
            }
        }
        List<Statistique> msa = cube(Theme.PERSONNES_COUVERTES, Regime.MSA);
        Set<SecretStatistique.Cle> secrets = SecretStatistique.secrets(Theme.PERSONNES_COUVERTES, Regime.MSA, msa, 5);
        assertTrue(secrets.contains(new SecretStatistique.Cle(Statut.EXPLOITANT, Niveau.DEPARTEMENT, "75", "FOYERS")),
                "les exploitants agricoles de Paris");
    }

    @Test
    @DisplayName("R-TDB-5 : secret secondaire — aucune somme affichée (national, département, caisse, ensemble MSA, parties d'un total) n'a une seule inconnue")
    void secretSecondaire() {
        for (Regime regime : Regime.values()) {
            for (Theme theme : Theme.values()) {
                List<Statistique> cube = cube(theme, regime);
                Set<SecretStatistique.Cle> secrets = SecretStatistique.secrets(theme, regime, cube, 5);
                List<String> recuperables = recuperables(theme, regime, cube, secrets);
                assertEquals(List.of(), recuperables, theme + " " + regime);
            }
        }
    }

    @Test
    @DisplayName("R-TDB-5 : une Caf seule sous le seuil entraîne le secret d'un second terme de chaque somme où elle figure")
    void secretSecondaireProvoque() {
        // The Caf du Pays basque (642) under the threshold: département 64 = 641 + 642 would give it back.
        List<Statistique> cube = new ArrayList<>();
        for (Statistique s : cube(Theme.PERSONNES_COUVERTES, Regime.CNAF)) {
            cube.add(s.code().equals("642") && s.indicateur().equals("FOYERS")
                    ? new Statistique(s.millesime(), s.mois(), s.theme(), s.regime(), s.statut(), s.niveau(), s.code(), s.indicateur(), s.valeur(), 3)
                    : s);
        }
        Set<SecretStatistique.Cle> secrets = SecretStatistique.secrets(Theme.PERSONNES_COUVERTES, Regime.CNAF, cube, 5);
        SecretStatistique.Cle pb = new SecretStatistique.Cle(Statut.ENSEMBLE, Niveau.CAISSE, "642", "FOYERS");
        SecretStatistique.Cle bearn = new SecretStatistique.Cle(Statut.ENSEMBLE, Niveau.CAISSE, "641", "FOYERS");
        SecretStatistique.Cle dep = new SecretStatistique.Cle(Statut.ENSEMBLE, Niveau.DEPARTEMENT, "64", "FOYERS");
        assertTrue(secrets.contains(pb));
        assertTrue(secrets.contains(bearn) || secrets.contains(dep), "64 = 641 + 642");
        assertTrue(secrets.size() >= 3, "national = Σ caisses needs a second hidden Caf: " + secrets);
        assertEquals(List.of(), recuperables(Theme.PERSONNES_COUVERTES, Regime.CNAF, cube, secrets));
        // Another indicator of the same rows is not touched: secrecy is per figure.
        assertTrue(secrets.stream().allMatch(c -> c.indicateur().equals("FOYERS")), secrets.toString());
    }

    /** An independent reading of the sums the tables show: each with exactly one hidden term is a leak. */
    private static List<String> recuperables(Theme theme, Regime regime, List<Statistique> cube, Set<SecretStatistique.Cle> secrets) {
        Map<SecretStatistique.Cle, Statistique> parCle = cube.stream().collect(Collectors.toMap(SecretStatistique::cle, Function.identity()));
        List<String> fuites = new ArrayList<>();
        List<List<SecretStatistique.Cle>> sommes = new ArrayList<>();
        List<Statut> statuts = regime == Regime.CNAF ? List.of(Statut.ENSEMBLE) : List.of(Statut.values());
        for (Indicateur i : theme.getIndicateurs()) {
            if (i.nature() == Nature.MOYENNE) {
                continue;
            }
            for (Statut statut : statuts) {
                List<SecretStatistique.Cle> deps = new ArrayList<>();
                deps.add(new SecretStatistique.Cle(statut, Niveau.NATIONAL, "FR", i.code()));
                Territoires.departementsDu(regime).forEach(d -> deps.add(new SecretStatistique.Cle(statut, Niveau.DEPARTEMENT, d, i.code())));
                sommes.add(deps);
                List<SecretStatistique.Cle> caisses = new ArrayList<>();
                caisses.add(new SecretStatistique.Cle(statut, Niveau.NATIONAL, "FR", i.code()));
                Territoires.caisses(regime).forEach(c -> caisses.add(new SecretStatistique.Cle(statut, Niveau.CAISSE, c.code(), i.code())));
                sommes.add(caisses);
                for (Territoires.Caisse c : Territoires.caisses(regime)) {
                    List<SecretStatistique.Cle> s = new ArrayList<>();
                    if (regime == Regime.CNAF) {
                        s.add(new SecretStatistique.Cle(statut, Niveau.DEPARTEMENT, c.departements().get(0), i.code()));
                        Territoires.caisses(regime).stream().filter(x -> x.departements().equals(c.departements()))
                                .forEach(x -> s.add(new SecretStatistique.Cle(statut, Niveau.CAISSE, x.code(), i.code())));
                    } else {
                        s.add(new SecretStatistique.Cle(statut, Niveau.CAISSE, c.code(), i.code()));
                        c.departements().forEach(d -> s.add(new SecretStatistique.Cle(statut, Niveau.DEPARTEMENT, d, i.code())));
                    }
                    sommes.add(s);
                }
            }
            if (regime == Regime.MSA) {
                cube.stream().filter(s -> s.statut() == Statut.ENSEMBLE && s.indicateur().equals(i.code())).forEach(s -> sommes.add(List.of(
                        SecretStatistique.cle(s), new SecretStatistique.Cle(Statut.SALARIE, s.niveau(), s.code(), i.code()),
                        new SecretStatistique.Cle(Statut.EXPLOITANT, s.niveau(), s.code(), i.code()))));
            }
            List<String> parts = theme.getIndicateurs().stream().filter(p -> i.code().equals(p.partieDe())).map(Indicateur::code).toList();
            if (!parts.isEmpty()) {
                cube.stream().filter(s -> s.indicateur().equals(i.code())).forEach(s -> {
                    List<SecretStatistique.Cle> somme = new ArrayList<>();
                    somme.add(SecretStatistique.cle(s));
                    parts.forEach(p -> somme.add(new SecretStatistique.Cle(s.statut(), s.niveau(), s.code(), p)));
                    sommes.add(somme);
                });
            }
        }
        for (List<SecretStatistique.Cle> somme : sommes) {
            if (somme.stream().allMatch(parCle::containsKey) && somme.stream().filter(secrets::contains).count() == 1) {
                fuites.add(somme.toString());
            }
        }
        return fuites;
    }

    @Test
    @DisplayName("R-TDB-5 : le secret décidé au chargement du fichier entier est celui de chaque thème et régime décidé seul")
    void secretAuChargement() {
        Set<String> auChargement = SecretStatistique.secretsDuChargement(FIGURES, 5);
        int secrets = 0;
        for (Regime regime : Regime.values()) {
            for (Theme theme : Theme.values()) {
                List<Statistique> cube = cube(theme, regime);
                Set<SecretStatistique.Cle> seul = SecretStatistique.secrets(theme, regime, cube, 5);
                for (Statistique s : cube) {
                    assertEquals(seul.contains(SecretStatistique.cle(s)), auChargement.contains(s.cle()), s.toString());
                }
                secrets += seul.size();
            }
        }
        assertEquals(secrets, auChargement.size());
        assertTrue(secrets > 0);
    }
}

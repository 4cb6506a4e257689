package org.eden.portail.tableaudebord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * R-TDB-5, statistical secrecy, decided once for a whole theme of one régime, vintage and month —
 * every level and statut together — so that every table, screen, export and API answer hides the
 * same cells, whoever asks.
 * <ul>
 * <li>Primary: a figure computed on fewer households than the threshold (5 by default,
 * {@code eden.tdb.secret.seuil}) is secret.</li>
 * <li>Secondary: a secret cell must not be recoverable by difference. Every sum the tables show is
 * an equation — national = Σ départements = Σ caisses; a département = Σ its Cafs; an MSA caisse =
 * Σ its départements; MSA ensemble = salariés + exploitants; a total = Σ its parts in a row. When an
 * equation has exactly one hidden term, the smallest visible other term is hidden too (the total
 * itself when no other term is left), and this is repeated until no equation has a single unknown.</li>
 * </ul>
 * Averages take part only in the primary rule: no sum shown gives them back.
 */
public final class SecretStatistique {

    public static final String PROPRIETE_SEUIL = "eden.tdb.secret.seuil";
    public static final int SEUIL_PAR_DEFAUT = 5;
    public static final String MENTION = "secret statistique";

    /** Where a cell is in the theme's cube. */
    public record Cle(Statut statut, Niveau niveau, String code, String indicateur) {
    }

    private SecretStatistique() {
    }

    public static int seuil() {
        return Integer.getInteger(PROPRIETE_SEUIL, SEUIL_PAR_DEFAUT);
    }

    /** The secret cells of a theme's figures (one vintage, month, theme, régime), primary and secondary. */
    public static Set<Cle> secrets(Theme theme, Regime regime, Collection<Statistique> figures, int seuil) {
        Map<Cle, Statistique> cube = new HashMap<>();
        figures.forEach(s -> cube.put(cle(s), s));
        Set<Cle> secrets = new HashSet<>();
        cube.forEach((cle, s) -> {
            if (s.foyers() < seuil) {
                secrets.add(cle);
            }
        });
        List<Equation> equations = equations(theme, regime, cube);
        boolean change = true;
        while (change) {
            change = false;
            for (Equation e : equations) {
                change |= e.proteger(secrets, cube);
            }
        }
        return secrets;
    }

    /**
     * The secret figures of a whole file (one vintage and month), theme and régime by theme and
     * régime, as {@link Statistique#cle()}: what the load keeps beside them.
     */
    public static Set<String> secretsDuChargement(Collection<Statistique> figures, int seuil) {
        Map<String, List<Statistique>> parCube = new HashMap<>();
        figures.forEach(s -> parCube.computeIfAbsent(s.theme() + ";" + s.regime(), k -> new java.util.ArrayList<>()).add(s));
        Set<String> cles = new HashSet<>();
        for (List<Statistique> cube : parCube.values()) {
            Set<Cle> secrets = secrets(cube.get(0).theme(), cube.get(0).regime(), cube, seuil);
            cube.stream().filter(s -> secrets.contains(cle(s))).forEach(s -> cles.add(s.cle()));
        }
        return cles;
    }

    public static Cle cle(Statistique s) {
        return new Cle(s.statut(), s.niveau(), s.code(), s.indicateur());
    }

    /** total = Σ parts. */
    private record Equation(Cle total, List<Cle> parts) {

        /** Hides one more term when exactly one is hidden; true if it changed anything. */
        boolean proteger(Set<Cle> secrets, Map<Cle, Statistique> cube) {
            boolean totalCache = secrets.contains(total);
            long inconnues = parts.stream().filter(secrets::contains).count() + (totalCache ? 1 : 0);
            if (inconnues != 1) {
                return false; // none hidden, or at least two unknowns: nothing to recover
            }
            Cle aCacher = parts.stream().filter(p -> !secrets.contains(p))
                    .min(Comparator.comparingLong((Cle p) -> cube.get(p).foyers()).thenComparing(p -> cube.get(p).valeur())
                            .thenComparing(Cle::code))
                    .orElse(total);
            return secrets.add(aCacher);
        }
    }

    private static List<Equation> equations(Theme theme, Regime regime, Map<Cle, Statistique> cube) {
        List<Equation> equations = new ArrayList<>();
        List<Statut> statuts = regime == Regime.CNAF ? List.of(Statut.ENSEMBLE) : List.of(Statut.values());
        for (Indicateur indicateur : theme.getIndicateurs()) {
            if (!indicateur.nature().additive()) {
                continue;
            }
            String i = indicateur.code();
            for (Statut statut : statuts) {
                Cle national = new Cle(statut, Niveau.NATIONAL, Niveau.CODE_NATIONAL, i);
                ajouter(equations, cube, national, Territoires.departementsDu(regime).stream()
                        .map(d -> new Cle(statut, Niveau.DEPARTEMENT, d, i)).toList());
                ajouter(equations, cube, national, Territoires.caisses(regime).stream()
                        .map(c -> new Cle(statut, Niveau.CAISSE, c.code(), i)).toList());
                if (regime == Regime.CNAF) {
                    for (String dep : Territoires.departementsDu(Regime.CNAF)) {
                        ajouter(equations, cube, new Cle(statut, Niveau.DEPARTEMENT, dep, i), Territoires.caisses(Regime.CNAF).stream()
                                .filter(c -> c.departements().contains(dep)).map(c -> new Cle(statut, Niveau.CAISSE, c.code(), i)).toList());
                    }
                } else {
                    for (Territoires.Caisse caisse : Territoires.caisses(Regime.MSA)) {
                        ajouter(equations, cube, new Cle(statut, Niveau.CAISSE, caisse.code(), i), caisse.departements().stream()
                                .map(d -> new Cle(statut, Niveau.DEPARTEMENT, d, i)).toList());
                    }
                }
            }
            if (regime == Regime.MSA) {
                cube.keySet().stream().filter(c -> c.statut() == Statut.ENSEMBLE && c.indicateur().equals(i)).toList()
                        .forEach(e -> ajouter(equations, cube, e, List.of(new Cle(Statut.SALARIE, e.niveau(), e.code(), i),
                                new Cle(Statut.EXPLOITANT, e.niveau(), e.code(), i))));
            }
        }
        // Within each row: a total and its parts.
        for (Indicateur total : theme.getIndicateurs()) {
            List<String> parts = theme.getIndicateurs().stream().filter(p -> total.code().equals(p.partieDe())).map(Indicateur::code).toList();
            if (parts.isEmpty()) {
                continue;
            }
            cube.keySet().stream().filter(c -> c.indicateur().equals(total.code())).toList()
                    .forEach(t -> ajouter(equations, cube, t, parts.stream().map(p -> new Cle(t.statut(), t.niveau(), t.code(), p)).toList()));
        }
        return equations;
    }

    /** An equation counts only when all its terms are in the figures (a partial file has no such sum). */
    private static void ajouter(List<Equation> equations, Map<Cle, Statistique> cube, Cle total, List<Cle> parts) {
        if (cube.containsKey(total) && !parts.isEmpty() && parts.stream().allMatch(cube::containsKey)) {
            equations.add(new Equation(total, parts.stream().filter(Objects::nonNull).toList()));
        }
    }
}

package org.eden.portail.tableaudebord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R-TDB-6: a file of figures must agree with its own totals before anything of it is loaded. For
 * each theme, régime, statut and additive indicator: a département is the sum of its Cafs (CNAF),
 * an MSA caisse the sum of its départements, national the sum of the départements; MSA « ensemble »
 * is salariés + exploitants; within a row the parts of a total add up to it. Averages are checked
 * as averages weighted by their households, within five cents (each level rounds its average to the cent). Each refusal names the lines.
 */
public final class CoherenceStatistiques {

    /** One line of a file and where it was. */
    public record Ligne(int numero, Statistique statistique) {
    }

    /** Why a line is refused, with the rule. */
    public record Refus(int numero, String motif) {
    }

    private static final BigDecimal TOLERANCE_MOYENNE = new BigDecimal("0.05");
    private static final int LIGNES_CITEES = 8;

    private CoherenceStatistiques() {
    }

    /** The refusals of the totals' checks; empty when the file agrees with itself. */
    public static List<Refus> controler(List<Ligne> lignes) {
        Map<String, Ligne> parCle = new HashMap<>();
        lignes.forEach(l -> parCle.putIfAbsent(l.statistique().cle(), l));
        List<Refus> refus = new ArrayList<>();
        Map<String, List<Ligne>> tables = lignes.stream().collect(Collectors.groupingBy(
                l -> l.statistique().theme() + ";" + l.statistique().regime() + ";" + l.statistique().statut() + ";" + l.statistique().indicateur(),
                LinkedHashMap::new, Collectors.toList()));
        for (List<Ligne> table : tables.values()) {
            Statistique s = table.get(0).statistique();
            Nature nature = s.theme().indicateur(s.indicateur()).map(Indicateur::nature).orElse(Nature.EFFECTIF);
            Map<String, Ligne> deps = parCode(table, Niveau.DEPARTEMENT);
            Map<String, Ligne> caisses = parCode(table, Niveau.CAISSE);
            Ligne national = parCode(table, Niveau.NATIONAL).get(Niveau.CODE_NATIONAL);
            if (s.regime() == Regime.CNAF) {
                for (Territoires.Caisse caf : Territoires.caisses(Regime.CNAF)) {
                    String dep = caf.departements().get(0);
                    if (caisses.containsKey(caf.code()) && !deps.containsKey(dep)) {
                        refus.add(new Refus(caisses.get(caf.code()).numero(), "R-TDB-6 : la ligne du département " + dep + " manque pour "
                                + s.theme() + "/" + s.indicateur() + " : la Caf " + caf.code() + " n'a pas de total."));
                    }
                }
                deps.forEach((dep, total) -> verifier(refus, total, "somme des Caf du département", nature,
                        Territoires.caisses(Regime.CNAF).stream().filter(c -> c.departements().contains(dep))
                                .map(c -> caisses.get(c.code())).toList()));
            } else {
                caisses.forEach((code, total) -> verifier(refus, total, "somme des départements de la caisse", nature,
                        Territoires.caisse(Regime.MSA, code).map(c -> c.departements().stream().map(deps::get).toList()).orElse(List.of())));
            }
            if (national == null && !table.isEmpty()) {
                refus.add(new Refus(table.get(0).numero(), "R-TDB-6 : la ligne nationale manque pour " + s.theme() + "/" + s.indicateur()
                        + " (" + s.regime() + ", " + s.statut() + ")."));
            } else if (national != null) {
                verifier(refus, national, "somme des départements", nature, new ArrayList<>(deps.values()));
                if (!caisses.isEmpty()) {
                    verifier(refus, national, "somme des caisses", nature, new ArrayList<>(caisses.values()));
                }
            }
            if (s.regime() == Regime.MSA && s.statut() == Statut.ENSEMBLE) {
                for (Ligne ensemble : table) {
                    Statistique e = ensemble.statistique();
                    List<Ligne> statuts = new ArrayList<>();
                    for (Statut statut : List.of(Statut.SALARIE, Statut.EXPLOITANT)) {
                        statuts.add(parCle.get(new Statistique(e.millesime(), e.mois(), e.theme(), e.regime(), statut, e.niveau(),
                                e.code(), e.indicateur(), e.valeur(), e.foyers()).cle()));
                    }
                    verifier(refus, ensemble, "salariés + exploitants", nature, statuts);
                }
            }
        }
        // Within a row: the parts of a total add up to it.
        for (Ligne ligne : lignes) {
            Statistique s = ligne.statistique();
            List<Indicateur> parties = s.theme().getIndicateurs().stream().filter(i -> s.indicateur().equals(i.partieDe())).toList();
            if (!parties.isEmpty()) {
                verifier(refus, ligne, "somme de ses parties", Nature.EFFECTIF, parties.stream()
                        .map(i -> parCle.get(new Statistique(s.millesime(), s.mois(), s.theme(), s.regime(), s.statut(), s.niveau(),
                                s.code(), i.code(), s.valeur(), s.foyers()).cle()))
                        .toList());
            }
        }
        return refus;
    }

    private static Map<String, Ligne> parCode(List<Ligne> table, Niveau niveau) {
        return table.stream().filter(l -> l.statistique().niveau() == niveau)
                .collect(Collectors.toMap(l -> l.statistique().code(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The total against its parts; a missing part is reported as such. */
    private static void verifier(List<Refus> refus, Ligne total, String quoi, Nature nature, List<Ligne> parties) {
        if (parties.isEmpty()) {
            return;
        }
        if (parties.stream().anyMatch(p -> p == null)) {
            refus.add(new Refus(total.numero(), "R-TDB-6 : ligne " + total.numero() + " (" + decrire(total.statistique())
                    + ") : il manque des lignes pour la " + quoi + "."));
            return;
        }
        Statistique t = total.statistique();
        BigDecimal attendu;
        if (nature == Nature.MOYENNE) {
            long foyers = parties.stream().mapToLong(p -> p.statistique().foyers()).sum();
            attendu = foyers == 0 ? BigDecimal.ZERO : parties.stream()
                    .map(p -> p.statistique().valeur().multiply(BigDecimal.valueOf(p.statistique().foyers())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(foyers), 2, RoundingMode.HALF_UP);
            if (attendu.subtract(t.valeur()).abs().compareTo(TOLERANCE_MOYENNE) <= 0) {
                return;
            }
        } else {
            attendu = parties.stream().map(p -> p.statistique().valeur()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (attendu.compareTo(t.valeur()) == 0) {
                return;
            }
        }
        String numeros = parties.stream().limit(LIGNES_CITEES).map(p -> String.valueOf(p.numero())).collect(Collectors.joining(", "))
                + (parties.size() > LIGNES_CITEES ? "…" : "");
        refus.add(new Refus(total.numero(), "R-TDB-6 : ligne " + total.numero() + " (" + decrire(t) + " = " + t.valeur().stripTrailingZeros().toPlainString()
                + ") ≠ " + quoi + " (lignes " + numeros + ") = " + attendu.stripTrailingZeros().toPlainString() + "."));
    }

    private static String decrire(Statistique s) {
        return s.theme() + "/" + s.indicateur() + ", " + s.regime() + (s.regime() == Regime.MSA ? " " + s.statut() : "")
                + ", " + s.niveau() + " " + s.code();
    }
}

package org.eden.portail.shared;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps the rule index ({@code docs/regles.md}), the specification ({@code docs/specification.md})
 * and the tests of every module in step: a rule said to be built is proved by a test, a test cites
 * only rules that exist, and the index lists exactly the rules of the specification.
 *
 * <p>Surefire runs in the module's directory, so the repository is its parent. Rule ids are not
 * written literally here (only the pattern), and this file is left out of the scan, so that it never
 * counts as the proof of a rule.
 */
class IndexDesReglesTest {

    /** A rule id, as the specification writes it: R-CONTEXTE-n. */
    private static final Pattern ID_REGLE = Pattern.compile("R-[A-Z]+-[0-9]+");
    /** A row of the index: its first cell is the rule id. */
    private static final Pattern LIGNE_INDEX = Pattern.compile("^\\|\\s*(R-[A-Z]+-[0-9]+)\\s*\\|");
    /** The status of a rule nobody has built yet. */
    private static final String A_CONSTRUIRE = "à construire";

    private static Path racine;
    /** Every id of the index, with whether it is still to be built. */
    private static final Map<String, Boolean> index = new TreeMap<>();
    private static final List<String> doublons = new ArrayList<>();
    /** Every rule id a test source cites, with the files citing it. */
    private static final Map<String, Set<String>> citations = new TreeMap<>();

    @BeforeAll
    static void lire() throws IOException {
        racine = depot();
        for (String ligne : Files.readAllLines(racine.resolve("docs/regles.md"), StandardCharsets.UTF_8)) {
            Matcher m = LIGNE_INDEX.matcher(ligne);
            if (m.find() && index.put(m.group(1), ligne.contains(A_CONSTRUIRE)) != null) {
                doublons.add(m.group(1));
            }
        }
        for (Path source : sourcesDeTest()) {
            Matcher m = ID_REGLE.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                citations.computeIfAbsent(m.group(), id -> new TreeSet<>()).add(racine.relativize(source).toString());
            }
        }
    }

    @Test
    @DisplayName("Index des règles : chaque règle construite est citée par au moins une source de test")
    void regleConstruiteProuvee() {
        assertTrue(doublons.isEmpty(), "docs/regles.md : règle(s) indexée(s) deux fois : " + doublons);
        List<String> sansTest = index.entrySet().stream()
                .filter(e -> !e.getValue() && !citations.containsKey(e.getKey()))
                .map(Map.Entry::getKey).toList();
        assertTrue(sansTest.isEmpty(), () -> "docs/regles.md : " + sansTest.size()
                + " règle(s) non marquée(s) « " + A_CONSTRUIRE + " » mais citée(s) par aucune source de test "
                + "(*/src/test/java) : " + sansTest
                + ". Citer la règle dans le test qui la prouve (@DisplayName), ou la marquer « "
                + A_CONSTRUIRE + " » avec l'issue qui la construira.");
    }

    @Test
    @DisplayName("Index des règles : une source de test ne cite que des règles de l'index")
    void citationsConnues() {
        Map<String, Set<String>> inconnues = new TreeMap<>(citations);
        inconnues.keySet().removeAll(index.keySet());
        assertTrue(inconnues.isEmpty(), () -> "Identifiant(s) de règle cité(s) par des tests mais absent(s) de "
                + "docs/regles.md :\n" + inconnues.entrySet().stream()
                .map(e -> "  " + e.getKey() + " dans " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("\n"))
                + "\nCorriger l'identifiant dans le test, ou ajouter la règle à docs/specification.md et à docs/regles.md.");
    }

    @Test
    @DisplayName("Index des règles : l'index et la spécification ont exactement les mêmes règles")
    void indexEtSpecification() throws IOException {
        Set<String> specification = new TreeSet<>();
        Matcher m = ID_REGLE.matcher(Files.readString(racine.resolve("docs/specification.md"), StandardCharsets.UTF_8));
        while (m.find()) {
            specification.add(m.group());
        }
        Set<String> horsIndex = new TreeSet<>(specification);
        horsIndex.removeAll(index.keySet());
        Set<String> horsSpecification = new TreeSet<>(index.keySet());
        horsSpecification.removeAll(specification);
        assertTrue(horsIndex.isEmpty() && horsSpecification.isEmpty(), () ->
                (horsIndex.isEmpty() ? "" : "Règle(s) de docs/specification.md absente(s) de docs/regles.md : " + horsIndex + "\n")
                + (horsSpecification.isEmpty() ? "" : "Règle(s) de docs/regles.md absente(s) de docs/specification.md : "
                        + horsSpecification + "\n"));
        assertTrue(index.size() > 0, "docs/regles.md : aucune ligne de règle lue (« | R-… | … | »)");
    }

    /** The repository's root: the parent of the module Surefire runs in (or the current directory). */
    private static Path depot() {
        for (Path candidat : List.of(Path.of(".."), Path.of("."))) {
            if (Files.isRegularFile(candidat.resolve("docs").resolve("regles.md"))) {
                return candidat.toAbsolutePath().normalize();
            }
        }
        return fail("docs/regles.md introuvable depuis " + Path.of("").toAbsolutePath()
                + " (attendu : ../docs/regles.md, le test tourne dans le répertoire du module)");
    }

    /** The Java test sources of every module: {@code <module>/src/test/java/**}{@code /*.java}, this file excepted. */
    private static List<Path> sourcesDeTest() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(racine)) {
            for (Path module : modules.sorted().toList()) {
                Path java = module.resolve("src/test/java");
                if (!Files.isDirectory(java)) {
                    continue;
                }
                try (Stream<Path> fichiers = Files.walk(java)) {
                    fichiers.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !f.getFileName().toString().equals(IndexDesReglesTest.class.getSimpleName() + ".java"))
                            .sorted()
                            .forEach(sources::add);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertTrue(!sources.isEmpty(), "Aucune source de test trouvée sous " + racine + "/*/src/test/java");
        return sources;
    }
}

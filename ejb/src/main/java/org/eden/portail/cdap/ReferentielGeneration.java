package org.eden.portail.cdap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The reference lists of the generator (names, communes, streets), read once from the resources (see SOURCES.md). */
final class ReferentielGeneration {

    record Commune(String codePostal, String nom, String departement) {
    }

    static final ReferentielGeneration INSTANCE = new ReferentielGeneration();

    final List<String> prenomsFeminins = lignes("prenoms-feminins.txt");
    final List<String> prenomsMasculins = lignes("prenoms-masculins.txt");
    final List<String> noms = lignes("noms.txt");
    final List<String> voies = lignes("voies.txt");
    final List<Commune> communes = lignes("communes.csv").stream()
            .map(l -> l.split(";"))
            .map(c -> new Commune(c[0], c[1], c[2]))
            .toList();

    List<Commune> communesDe(String codeCaf) {
        String departement = codeCaf.substring(0, 2);
        List<Commune> locales = communes.stream().filter(c -> c.departement().equals(departement)).toList();
        return locales.isEmpty() ? communes : locales;
    }

    private static List<String> lignes(String nom) {
        try (InputStream in = ReferentielGeneration.class.getResourceAsStream("generation/" + nom)) {
            if (in == null) {
                throw new IllegalStateException("Ressource absente : generation/" + nom);
            }
            List<String> lignes = new ArrayList<>();
            BufferedReader lecteur = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = lecteur.readLine(); l != null; l = lecteur.readLine()) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    lignes.add(l.strip());
                }
            }
            return List.copyOf(lignes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.eden.portail.tableaudebord;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The Chart.js configuration of a table's chart (PrimeFaces 15's {@code p:chart} takes it as
 * JSON): the country's indicators at the national level, else the headline indicator of the
 * largest rows. Secret cells are never drawn (R-TDB-5); the table beside says which they are.
 */
final class GraphiqueTdb {

    static final int BARRES_MAX = 15;

    private GraphiqueTdb() {
    }

    static String de(TableauTdb tableau) {
        JsonArrayBuilder etiquettes = Json.createArrayBuilder();
        JsonArrayBuilder valeurs = Json.createArrayBuilder();
        String serie;
        if (Niveau.NATIONAL.name().equals(tableau.niveau())) {
            serie = "France entière";
            LigneTdb france = tableau.lignes().isEmpty() ? null : tableau.lignes().get(0);
            if (france != null) {
                for (int i = 0; i < tableau.indicateurs().size(); i++) {
                    Indicateur indicateur = tableau.indicateurs().get(i);
                    CelluleTdb cellule = france.cellules().get(i);
                    if (indicateur.nature() == Nature.EFFECTIF && cellule.valeur() != null) {
                        etiquettes.add(indicateur.libelle());
                        valeurs.add(cellule.valeur());
                    }
                }
            }
        } else {
            Indicateur titre = tableau.indicateurs().get(0);
            serie = titre.libelle();
            List<LigneTdb> plusFortes = tableau.lignes().stream().filter(l -> l.cellules().get(0).valeur() != null)
                    .sorted(Comparator.comparing((LigneTdb l) -> l.cellules().get(0).valeur(), Comparator.reverseOrder()))
                    .limit(BARRES_MAX).toList();
            for (LigneTdb ligne : plusFortes) {
                etiquettes.add(ligne.libelle());
                valeurs.add(ligne.cellules().get(0).valeur());
            }
        }
        return configuration(etiquettes, valeurs, serie, "#1d5fa8");
    }

    /** The comparison: one series per vintage, the rows as labels (the country's and the first ones). */
    static String de(ComparaisonTdb comparaison) {
        JsonArrayBuilder etiquettes = Json.createArrayBuilder();
        List<LigneComparaison> lignes = comparaison.lignes().stream().limit(BARRES_MAX).toList();
        lignes.forEach(l -> etiquettes.add(l.libelle()));
        JsonArrayBuilder series = Json.createArrayBuilder();
        String[] couleurs = {"#9bb8dd", "#4f86c6", "#1d3f72"};
        for (int m = 0; m < comparaison.millesimes().size(); m++) {
            JsonArrayBuilder valeurs = Json.createArrayBuilder();
            for (LigneComparaison ligne : lignes) {
                BigDecimal v = ligne.valeurs().get(m).valeur();
                if (v == null) {
                    valeurs.addNull();
                } else {
                    valeurs.add(v);
                }
            }
            series.add(Json.createObjectBuilder().add("label", comparaison.millesimes().get(m)).add("data", valeurs)
                    .add("backgroundColor", couleurs[m % couleurs.length]));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", etiquettes).add("datasets", series))
                .add("options", options()).build().toString();
    }

    private static String configuration(JsonArrayBuilder etiquettes, JsonArrayBuilder valeurs, String serie, String couleur) {
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", etiquettes).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", serie).add("data", valeurs).add("backgroundColor", couleur))))
                .add("options", options()).build().toString();
    }

    private static JsonObjectBuilder options() {
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("indexAxis", "y")
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
    }
}

package org.eden.portail.tableaudebord;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Chart.js configurations of the supervision's charts; each table beside a chart holds its figures. */
final class GraphiqueSupervision {

    private static final String[] COULEURS = {"#1d5fa8", "#2e7d32", "#b35900", "#6a1b9a"};

    private GraphiqueSupervision() {
    }

    static String activite(List<Supervision.PointActivite> points) {
        JsonArrayBuilder etiquettes = Json.createArrayBuilder();
        JsonArrayBuilder connexions = Json.createArrayBuilder();
        JsonArrayBuilder cdap = Json.createArrayBuilder();
        JsonArrayBuilder dossiers = Json.createArrayBuilder();
        for (Supervision.PointActivite p : points) {
            etiquettes.add(p.periode());
            connexions.add(p.connexions());
            cdap.add(p.connexionsCdap());
            dossiers.add(p.dossiers());
        }
        return graphique("line", etiquettes, Json.createArrayBuilder().add(serie("Connexions", connexions, 0))
                .add(serie("Connexions CDAP", cdap, 1)).add(serie("Dossiers CDAP ouverts", dossiers, 2)), false);
    }

    static String sections(List<Supervision.LigneSection> sections) {
        JsonArrayBuilder etiquettes = Json.createArrayBuilder();
        JsonArrayBuilder lectures = Json.createArrayBuilder();
        sections.forEach(s -> {
            etiquettes.add(s.libelle());
            lectures.add(s.lectures());
        });
        return graphique("bar", etiquettes, Json.createArrayBuilder().add(serie("Lectures", lectures, 0)), true);
    }

    static String montee(List<Supervision.PointMontee> points) {
        Map<String, JsonArrayBuilder> parService = new LinkedHashMap<>();
        JsonArrayBuilder etiquettes = Json.createArrayBuilder();
        String premierService = points.isEmpty() ? null : points.get(0).service();
        for (Supervision.PointMontee p : points) {
            if (p.service().equals(premierService)) {
                etiquettes.add(p.mois());
            }
            parService.computeIfAbsent(p.service(), k -> Json.createArrayBuilder()).add(p.habilitations());
        }
        JsonArrayBuilder series = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, JsonArrayBuilder> e : parService.entrySet()) {
            series.add(serie(e.getKey(), e.getValue(), i++));
        }
        return graphique("line", etiquettes, series, false);
    }

    /** R-AFAS-7: per partner (per Caf for the Cnaf), the declarations by stage and the late ones. */
    static String declarations(List<Supervision.LigneDeclarations> lignes) {
        JsonArrayBuilder etiquettes = Json.createArrayBuilder();
        JsonArrayBuilder saisie = Json.createArrayBuilder();
        JsonArrayBuilder transmises = Json.createArrayBuilder();
        JsonArrayBuilder validees = Json.createArrayBuilder();
        JsonArrayBuilder retard = Json.createArrayBuilder();
        for (Supervision.LigneDeclarations l : lignes) {
            etiquettes.add(l.libelle());
            saisie.add(l.enSaisie() + l.aApprouver());
            transmises.add(l.transmises());
            validees.add(l.validees());
            retard.add(l.enRetard());
        }
        return graphique("bar", etiquettes, Json.createArrayBuilder().add(serie("En saisie ou à approuver", saisie, 0))
                .add(serie("Transmises à la Caf", transmises, 3)).add(serie("Validées", validees, 1))
                .add(serie("En retard", retard, 2)), true);
    }

    private static jakarta.json.JsonObjectBuilder serie(String libelle, JsonArrayBuilder valeurs, int couleur) {
        String c = COULEURS[couleur % COULEURS.length];
        return Json.createObjectBuilder().add("label", libelle).add("data", valeurs).add("borderColor", c).add("backgroundColor", c);
    }

    private static String graphique(String type, JsonArrayBuilder etiquettes, JsonArrayBuilder series, boolean horizontal) {
        var options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", etiquettes).add("datasets", series))
                .add("options", options).build().toString();
    }
}

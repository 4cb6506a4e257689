package org.eden.portail.tableaudebord;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The Chart.js configurations of the supervision's charts; each table beside a chart holds its figures. */
final class GraphiqueSupervision {

    private static final String[] COULEURS = {"#1d5fa8", "#2e7d32", "#b35900", "#6a1b9a"};

    private GraphiqueSupervision() {
    }

    static String activite(List<Supervision.PointActivite> points) {
        return graphique("line", textes(points, Supervision.PointActivite::periode), Json.createArrayBuilder()
                .add(serie("Connexions", nombres(points, Supervision.PointActivite::connexions), 0))
                .add(serie("Connexions CDAP", nombres(points, Supervision.PointActivite::connexionsCdap), 1))
                .add(serie("Dossiers CDAP ouverts", nombres(points, Supervision.PointActivite::dossiers), 2)), false);
    }

    static String sections(List<Supervision.LigneSection> sections) {
        return graphique("bar", textes(sections, Supervision.LigneSection::libelle), Json.createArrayBuilder()
                .add(serie("Lectures", nombres(sections, Supervision.LigneSection::lectures), 0)), true);
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
        return graphique("bar", textes(lignes, Supervision.LigneDeclarations::libelle), Json.createArrayBuilder()
                .add(serie("En saisie ou à approuver", nombres(lignes, l -> l.enSaisie() + l.aApprouver()), 0))
                .add(serie("Transmises à la Caf", nombres(lignes, Supervision.LigneDeclarations::transmises), 3))
                .add(serie("Validées", nombres(lignes, Supervision.LigneDeclarations::validees), 1))
                .add(serie("En retard", nombres(lignes, Supervision.LigneDeclarations::enRetard), 2)), true);
    }

    /** One label per row: the chart's axis. */
    private static <T> JsonArrayBuilder textes(List<T> lignes, Function<T, String> texte) {
        JsonArrayBuilder valeurs = Json.createArrayBuilder();
        lignes.forEach(l -> valeurs.add(texte.apply(l)));
        return valeurs;
    }

    /** One figure per row: a series of the chart, in the rows' order. */
    private static <T> JsonArrayBuilder nombres(List<T> lignes, ToLongFunction<T> nombre) {
        JsonArrayBuilder valeurs = Json.createArrayBuilder();
        lignes.forEach(l -> valeurs.add(nombre.applyAsLong(l)));
        return valeurs;
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

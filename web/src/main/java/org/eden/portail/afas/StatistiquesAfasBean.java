package org.eden.portail.afas;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * "AFAS : statistiques" (R-AFAS-8): for the partner's AFAS users, one of their équipements over the
 * years — hours realised and billed, cost per hour and the Caf's funding, occupation and billing
 * rates — as three charts, each after the sentence that says its main figures and beside the table
 * of its figures (exported in CSV and XLSX). Thin over StatistiquesAfasService.
 */
@Named
@ViewScoped
public class StatistiquesAfasBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COULEURS = {"#1d5fa8", "#2e7d32", "#b35900"};

    @Inject
    StatistiquesAfasService service;

    private List<StatistiquesEquipement> equipements;
    private Long equipementId;

    /** f:viewAction. */
    public void charger() {
        if (equipements != null) {
            return;
        }
        try {
            equipements = service.mesStatistiques();
        } catch (AuthorizationException refus) {
            equipements = List.of();
            MessagesEcran.accesRefuse();
            return;
        } catch (RegleMetierException refus) {
            equipements = List.of();
            MessagesEcran.refus(refus);
            return;
        }
        if (!equipements.isEmpty()) {
            equipementId = equipements.get(0).equipementId();
        }
    }

    public StatistiquesEquipement getCourant() {
        return equipements == null ? null : equipements.stream().filter(e -> e.equipementId().equals(equipementId)).findFirst().orElse(null);
    }

    public List<StatistiquesEquipement> getEquipements() {
        return equipements == null ? List.of() : equipements;
    }

    public Long getEquipementId() {
        return equipementId;
    }

    public void setEquipementId(Long equipementId) {
        this.equipementId = equipementId;
    }

    public String getGraphiqueHeures() {
        return graphique("bar", serie("Heures réalisées", StatistiquesAfas.Point::heuresRealisees, 0),
                serie("Heures facturées", StatistiquesAfas.Point::heuresFacturees, 1));
    }

    public String getGraphiqueCouts() {
        return graphique("line", serie("Coût horaire (€)", StatistiquesAfas.Point::coutHoraire, 0),
                serie("Part de la Caf dans les charges (%)", StatistiquesAfas.Point::partCaf, 2));
    }

    public String getGraphiqueTaux() {
        return graphique("line", serie("Taux d'occupation (%)", StatistiquesAfas.Point::tauxOccupation, 0),
                serie("Taux de facturation (%)", StatistiquesAfas.Point::tauxFacturation, 1));
    }

    private List<StatistiquesAfas.Point> points() {
        StatistiquesEquipement courant = getCourant();
        return courant == null ? List.of() : courant.points();
    }

    private JsonObjectBuilder serie(String libelle, Function<StatistiquesAfas.Point, BigDecimal> valeur, int couleur) {
        JsonArrayBuilder valeurs = Json.createArrayBuilder();
        for (StatistiquesAfas.Point p : points()) {
            BigDecimal v = valeur.apply(p);
            if (v == null) {
                valeurs.addNull();
            } else {
                valeurs.add(v);
            }
        }
        String c = COULEURS[couleur % COULEURS.length];
        return Json.createObjectBuilder().add("label", libelle).add("data", valeurs).add("borderColor", c).add("backgroundColor", c);
    }

    private String graphique(String type, JsonObjectBuilder... series) {
        JsonArrayBuilder etiquettes = Json.createArrayBuilder();
        points().forEach(p -> etiquettes.add(String.valueOf(p.exercice())));
        JsonArrayBuilder s = Json.createArrayBuilder();
        for (JsonObjectBuilder serie : series) {
            s.add(serie);
        }
        var options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
        return Json.createObjectBuilder().add("type", type).add("data", Json.createObjectBuilder().add("labels", etiquettes).add("datasets", s))
                .add("options", options).build().toString();
    }
}

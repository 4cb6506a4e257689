package org.eden.portail.afas;

import org.eden.portail.shared.RegleMetierException;

import java.util.List;

/** R-AFAS-4: a submission refused by its controls; carries their ids for the problem+json of the API (R-AFAS-9). */
public class ControlesNonSatisfaits extends RegleMetierException {

    private static final long serialVersionUID = 1L;

    private final List<ResultatControle> echecs;

    public ControlesNonSatisfaits(List<ResultatControle> echecs) {
        super("R-AFAS-4", "La déclaration ne peut pas être soumise à l'approbation : "
                + String.join(" ; ", echecs.stream().map(r -> r.id() + " " + (r.bloquant() ? "(bloquant) " : "(à justifier) ") + r.message()).toList())
                + ".");
        this.echecs = List.copyOf(echecs);
    }

    public List<ResultatControle> getEchecs() {
        return echecs;
    }

    public List<String> identifiants() {
        return echecs.stream().map(ResultatControle::id).toList();
    }
}

package org.eden.portail.cdap;

import jakarta.json.bind.annotation.JsonbProperty;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The quotient familial of a month (R-CDAP-2, section Ressources): null value when it cannot be
 * computed (no income declared), which the screens say as "non connu".
 */
public record QuotientFamilial(Integer valeur, LocalDate mois) implements Serializable {

    // Named for the API's JSON, where JSON-B would call a record's methods by their full names.

    @JsonbProperty("connu")
    public boolean isConnu() {
        return valeur != null;
    }

    @JsonbProperty("libelle")
    public String getLibelle() {
        return valeur == null ? "non connu" : valeur + " €";
    }
}

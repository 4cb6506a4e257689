package org.eden.portail.cdap;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The quotient familial of a month (R-CDAP-2, section Ressources): null value when it cannot be
 * computed (no income declared), which the screens say as "non connu".
 */
public final class QuotientFamilial implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Integer valeur;
    private final LocalDate mois;

    public QuotientFamilial(Integer valeur, LocalDate mois) {
        this.valeur = valeur;
        this.mois = mois;
    }

    public Integer getValeur() {
        return valeur;
    }

    public LocalDate getMois() {
        return mois;
    }

    public boolean isConnu() {
        return valeur != null;
    }

    public String getLibelle() {
        return valeur == null ? "non connu" : valeur + " €";
    }
}

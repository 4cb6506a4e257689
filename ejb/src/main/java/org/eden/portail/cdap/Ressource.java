package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;

/** Section Ressources: income declared for a year, by person and nature. */
public final class Ressource implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int annee;
    private final String personne;
    private final String nature;
    private final BigDecimal montant;

    public Ressource(int annee, String personne, String nature, BigDecimal montant) {
        this.annee = annee;
        this.personne = personne;
        this.nature = nature;
        this.montant = montant;
    }

    public int getAnnee() {
        return annee;
    }

    public String getPersonne() {
        return personne;
    }

    public String getNature() {
        return nature;
    }

    public BigDecimal getMontant() {
        return montant;
    }
}

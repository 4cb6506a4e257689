package org.eden.portail.cdap;

import java.io.Serializable;
import java.util.List;

/** Section Ressources as the profile may see it: under "QF seulement" the income lines stay empty and the year null. */
public final class RessourcesVue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final QuotientFamilial quotientFamilial;
    private final Integer annee;
    private final List<Ressource> lignes;
    private final boolean qfSeulement;

    public RessourcesVue(QuotientFamilial quotientFamilial, Integer annee, List<Ressource> lignes, boolean qfSeulement) {
        this.quotientFamilial = quotientFamilial;
        this.annee = annee;
        this.lignes = List.copyOf(lignes);
        this.qfSeulement = qfSeulement;
    }

    public QuotientFamilial getQuotientFamilial() {
        return quotientFamilial;
    }

    public Integer getAnnee() {
        return annee;
    }

    public List<Ressource> getLignes() {
        return lignes;
    }

    public boolean isQfSeulement() {
        return qfSeulement;
    }
}

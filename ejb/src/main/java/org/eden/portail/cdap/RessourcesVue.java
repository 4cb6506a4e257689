package org.eden.portail.cdap;

import java.io.Serializable;
import java.util.List;

/** Section Ressources as the profile may see it: under "QF seulement" the income lines stay empty and the year null. */
public record RessourcesVue(QuotientFamilial quotientFamilial, Integer annee, List<Ressource> lignes, boolean qfSeulement)
        implements Serializable {

    public RessourcesVue {
        lignes = List.copyOf(lignes);
    }
}

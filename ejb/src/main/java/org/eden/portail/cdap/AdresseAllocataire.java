package org.eden.portail.cdap;

import java.io.Serializable;

/** Section Adresse. */
public final class AdresseAllocataire implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String ligne;
    private final String codePostal;
    private final String commune;

    public AdresseAllocataire(String ligne, String codePostal, String commune) {
        this.ligne = ligne;
        this.codePostal = codePostal;
        this.commune = commune;
    }

    public String getLigne() {
        return ligne;
    }

    public String getCodePostal() {
        return codePostal;
    }

    public String getCommune() {
        return commune;
    }
}

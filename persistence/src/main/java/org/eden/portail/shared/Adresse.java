package org.eden.portail.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** A French postal address, as printed on a contract. */
@Embeddable
public class Adresse implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "adresse_ligne")
    private String ligne;

    @Column(name = "code_postal", length = 5)
    private String codePostal;

    @Column(name = "commune")
    private String commune;

    protected Adresse() {
    }

    public Adresse(String ligne, String codePostal, String commune) {
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

    @Override
    public String toString() {
        return ligne + ", " + codePostal + " " + commune;
    }
}

package org.eden.portail.shared;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A Caisse d'allocations familiales. Its three-digit code (the département and a rank, "271" for
 * the Eure) is part of every identifier it issues. Reference data, hence cached.
 */
@Entity
@Table(name = "caf")
@Cacheable
public class Caf extends Entite {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 3)
    private String code;

    @Column(nullable = false)
    private String nom;

    @Embedded
    private Adresse adresse;

    protected Caf() {
    }

    public Caf(String code, String nom, Adresse adresse) {
        if (code == null || !code.matches("\\d{3}")) {
            throw new IllegalArgumentException("Le code d'une Caf compte trois chiffres : " + code);
        }
        this.code = code;
        this.nom = nom;
        this.adresse = adresse;
    }

    public String getCode() {
        return code;
    }

    public String getNom() {
        return nom;
    }

    public Adresse getAdresse() {
        return adresse;
    }
}

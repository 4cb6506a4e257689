package org.eden.portail.cdap;

import java.io.Serializable;
import java.time.LocalDate;

/** Section Famille: one member of the household (ALLOCATAIRE, CONJOINT, ENFANT). */
public final class Personne implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String role;
    private final String nom;
    private final String prenom;
    private final String sexe;
    private final LocalDate dateNaissance;

    public Personne(String role, String nom, String prenom, String sexe, LocalDate dateNaissance) {
        this.role = role;
        this.nom = nom;
        this.prenom = prenom;
        this.sexe = sexe;
        this.dateNaissance = dateNaissance;
    }

    public String getRole() {
        return role;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public String getSexe() {
        return sexe;
    }

    public LocalDate getDateNaissance() {
        return dateNaissance;
    }
}

package org.eden.portail.cdap;

import java.io.Serializable;
import java.time.LocalDate;

/** Section Dossier: who the allocataire is and his situation. */
public final class IdentiteAllocataire implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String civilite;
    private final String nom;
    private final String prenom;
    private final LocalDate dateNaissance;
    private final String situationFamiliale;
    private final String activite;
    private final LocalDate dateAffiliation;

    public IdentiteAllocataire(String civilite, String nom, String prenom, LocalDate dateNaissance, String situationFamiliale, String activite, LocalDate dateAffiliation) {
        this.civilite = civilite;
        this.nom = nom;
        this.prenom = prenom;
        this.dateNaissance = dateNaissance;
        this.situationFamiliale = situationFamiliale;
        this.activite = activite;
        this.dateAffiliation = dateAffiliation;
    }

    public String getCivilite() {
        return civilite;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public LocalDate getDateNaissance() {
        return dateNaissance;
    }

    public String getSituationFamiliale() {
        return situationFamiliale;
    }

    public String getActivite() {
        return activite;
    }

    public LocalDate getDateAffiliation() {
        return dateAffiliation;
    }
}

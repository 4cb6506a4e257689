package org.eden.portail.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * A person named in the contrat de service (administrateur, suppléant, responsable sécurité,
 * référent Informatique et Libertés). When the person has an account in the portal, its
 * identifier is kept here: the contact is linked to the account, never copied into a second one.
 */
@Embeddable
public class Contact implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(length = 100)
    private String nom;

    @Column(length = 100)
    private String prenom;

    @Column(length = 254)
    private String email;

    @Column(length = 30)
    private String telephone;

    /** The person's function in the organisation (annex 3 of the contract: "fonction"). */
    @Column(length = 100)
    private String fonction;

    @Column(length = 20)
    private String identifiantCompte;

    protected Contact() {
    }

    public Contact(String nom, String prenom, String email, String telephone) {
        this.nom = nom == null ? null : nom.trim();
        this.prenom = prenom == null ? null : prenom.trim();
        this.email = email == null ? null : email.trim();
        this.telephone = telephone == null ? null : telephone.trim();
    }

    /** A contact with his function, as the annex 3 form "modification d'un administrateur" names him (R-CONV-10). */
    public Contact(String nom, String prenom, String fonction, String email, String telephone) {
        this(nom, prenom, email, telephone);
        this.fonction = fonction == null || fonction.isBlank() ? null : fonction.trim();
    }

    /** A copy with the account it is linked to. */
    public Contact avecCompte(String identifiant) {
        Contact copie = new Contact(nom, prenom, email, telephone);
        copie.fonction = fonction;
        copie.identifiantCompte = identifiant;
        return copie;
    }

    /** Whether somebody is named (the suppléant and the référent may be left blank). */
    public boolean estRenseigne() {
        return nom != null && !nom.isBlank();
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public String getEmail() {
        return email;
    }

    public String getTelephone() {
        return telephone;
    }

    public String getFonction() {
        return fonction;
    }

    /** "NOM Prénom (IDENTIFIANT)", as the history names a person. */
    public String designation() {
        String personne = ((nom == null ? "" : nom.toUpperCase()) + " " + (prenom == null ? "" : prenom)).trim();
        return identifiantCompte == null ? personne : personne + " (" + identifiantCompte + ")";
    }

    public String getIdentifiantCompte() {
        return identifiantCompte;
    }
}

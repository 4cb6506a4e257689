package org.eden.portail.shared;

import java.io.Serializable;

/**
 * A person as typed in a form: name, first name and e-mail (a new user, a contact of a contrat de
 * service, a new administrateur partenaire). Bound field by field, e.g. {@code #{bean.personne.nom}}.
 */
public class SaisiePersonne implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nom;
    private String prenom;
    private String email;

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public void setPrenom(String prenom) {
        this.prenom = prenom;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

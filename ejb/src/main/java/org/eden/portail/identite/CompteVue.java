package org.eden.portail.identite;

import java.io.Serializable;
import java.time.Instant;

/**
 * What every view of an account shows of the person: identifiant, name, e-mail, last connection.
 * Read once from the {@link Utilisateur}, here only: "Mon compte", the managers' user page and
 * their users list extend it with what they add (a JavaBean: Faces 4.0's EL reads getters only).
 */
public abstract class CompteVue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String identifiant;
    private final String nom;
    private final String prenom;
    private final String email;
    private final Instant derniereConnexion;

    protected CompteVue(Utilisateur u) {
        this.identifiant = u.getIdentifiant();
        this.nom = u.getNom();
        this.prenom = u.getPrenom();
        this.email = u.getEmail();
        this.derniereConnexion = u.getDerniereConnexion();
    }

    public String getIdentifiant() {
        return identifiant;
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

    public Instant getDerniereConnexion() {
        return derniereConnexion;
    }
}

package org.eden.portail.identite;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The "Mon compte" view of an account. (A JavaBean rather than a record: the screens read it
 * through Faces 4.0's EL, which knows only getters.)
 */
public final class ProfilUtilisateur implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String identifiant;
    private final String nom;
    private final String prenom;
    private final String email;
    private final String statut;
    private final String rattachement;
    private final List<String> roles;
    private final Instant derniereConnexion;
    private final Instant creeLe;
    private final Instant motDePasseChangeLe;
    private final Instant motDePasseExpireLe;

    public ProfilUtilisateur(String identifiant, String nom, String prenom, String email, String statut,
                             String rattachement, List<String> roles, Instant derniereConnexion, Instant creeLe,
                             Instant motDePasseChangeLe, Instant motDePasseExpireLe) {
        this.identifiant = identifiant;
        this.nom = nom;
        this.prenom = prenom;
        this.email = email;
        this.statut = statut;
        this.rattachement = rattachement;
        this.roles = List.copyOf(roles);
        this.derniereConnexion = derniereConnexion;
        this.creeLe = creeLe;
        this.motDePasseChangeLe = motDePasseChangeLe;
        this.motDePasseExpireLe = motDePasseExpireLe;
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

    public String getStatut() {
        return statut;
    }

    public String getRattachement() {
        return rattachement;
    }

    public List<String> getRoles() {
        return roles;
    }

    public Instant getDerniereConnexion() {
        return derniereConnexion;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public Instant getMotDePasseChangeLe() {
        return motDePasseChangeLe;
    }

    /** Null when the policy sets no expiry (ASVS). */
    public Instant getMotDePasseExpireLe() {
        return motDePasseExpireLe;
    }
}

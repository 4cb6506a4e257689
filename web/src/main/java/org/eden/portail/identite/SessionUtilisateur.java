package org.eden.portail.identite;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;

/**
 * The little the portal keeps about the logged-in person between requests: who he is and the
 * previous login shown on the welcome page. Serializable and small, as it replicates across the
 * cluster with the session.
 */
@Named
@SessionScoped
public class SessionUtilisateur implements Serializable {

    private static final long serialVersionUID = 1L;

    private ConnexionOuverte connexion;

    void ouvrir(ConnexionOuverte connexion) {
        this.connexion = connexion;
    }

    public boolean isOuverte() {
        return connexion != null;
    }

    public String getIdentifiant() {
        return connexion == null ? null : connexion.identifiant();
    }

    public String getNomComplet() {
        return connexion == null ? null : connexion.nomComplet();
    }

    public String getRattachement() {
        return connexion == null ? null : connexion.rattachement();
    }

    public Instant getConnexionPrecedente() {
        return connexion == null ? null : connexion.connexionPrecedente();
    }
}

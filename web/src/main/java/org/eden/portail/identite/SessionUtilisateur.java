package org.eden.portail.identite;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The little the portal keeps about the logged-in person between requests: who he is, the
 * previous login shown on the welcome page, and the steps he still has to go through before
 * anything else (R-AUTH-2). Serializable and small: it replicates with the session.
 */
@Named
@SessionScoped
public class SessionUtilisateur implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Plain session attribute read by the session listener, which has no CDI context. */
    public static final String ATTRIBUT_IDENTIFIANT = "eden.identifiant";

    private ConnexionOuverte connexion;
    private final List<EtapeConnexion> etapesRestantes = new ArrayList<>();

    void ouvrir(ConnexionOuverte connexion) {
        this.connexion = connexion;
        etapesRestantes.clear();
        etapesRestantes.addAll(connexion.etapes());
    }

    public Optional<EtapeConnexion> etapeEnCours() {
        return etapesRestantes.stream().findFirst();
    }

    void terminer(EtapeConnexion etape) {
        etapesRestantes.remove(etape);
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

package org.eden.portail.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.identite.SessionUtilisateur;

import java.util.List;

/**
 * R-INC-2: the notices shown on the login page and the home. Request-scoped, like the two pages
 * that show them, which keep no state in the session (a view-scoped bean there would leave a view
 * map in every session for as long as it lasts, and the session is replicated across the cluster).
 */
@Named("avisMaintenance")
@RequestScoped
public class AvisBean {

    @Inject
    MaintenanceService service;

    @Inject
    SessionUtilisateur session;

    private List<AvisVue> connexion;
    private List<AvisVue> accueil;

    /** The login page's: every notice in force. */
    public List<AvisVue> getConnexion() {
        if (connexion == null) {
            connexion = service.avisEnVigueur();
        }
        return connexion;
    }

    /** The home page's: those of the person's Caf. */
    public List<AvisVue> getAccueil() {
        if (accueil == null) {
            accueil = session.getIdentifiant() == null ? List.of() : service.avisPour(session.getIdentifiant());
        }
        return accueil;
    }
}

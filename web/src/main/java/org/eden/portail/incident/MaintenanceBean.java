package org.eden.portail.incident;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.identite.SessionUtilisateur;
import org.eden.portail.shared.Horloge;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * R-INC-2: the notices on the login page and the home, and the administrateur Caf's screen that
 * posts them.
 */
@Named
@ViewScoped
public class MaintenanceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaintenanceService service;

    @Inject
    SessionUtilisateur session;

    private String texte;
    private LocalDateTime debut;
    private LocalDateTime fin;
    private List<AvisVue> avisConnexion;
    private List<AvisVue> avisAccueil;
    private List<AvisVue> avisDeMaCaf;

    /** The login page's: every notice in force. */
    public List<AvisVue> getAvisConnexion() {
        if (avisConnexion == null) {
            avisConnexion = service.avisEnVigueur();
        }
        return avisConnexion;
    }

    /** The home page's: those of the person's Caf. */
    public List<AvisVue> getAvisAccueil() {
        if (avisAccueil == null) {
            avisAccueil = session.getIdentifiant() == null ? List.of() : service.avisPour(session.getIdentifiant());
        }
        return avisAccueil;
    }

    public List<AvisVue> getAvisDeMaCaf() {
        if (avisDeMaCaf == null) {
            avisDeMaCaf = service.avisDeMaCaf();
        }
        return avisDeMaCaf;
    }

    public void publier() {
        try {
            service.publier(texte, debut == null ? null : debut.atZone(Horloge.FUSEAU).toInstant(),
                    fin == null ? null : fin.atZone(Horloge.FUSEAU).toInstant());
            texte = null;
            debut = null;
            fin = null;
            avisDeMaCaf = null;
            MesIncidentsBean.message(FacesMessage.SEVERITY_INFO, "Avis publié",
                    "L'avis sera affiché sur la page de connexion et l'accueil pendant sa période.");
        } catch (RegleMetierException e) {
            MesIncidentsBean.message(FacesMessage.SEVERITY_WARN, "Avis non publié", e.getMessage());
        }
    }

    public String getTexte() {
        return texte;
    }

    public void setTexte(String texte) {
        this.texte = texte;
    }

    public LocalDateTime getDebut() {
        return debut;
    }

    public void setDebut(LocalDateTime debut) {
        this.debut = debut;
    }

    public LocalDateTime getFin() {
        return fin;
    }

    public void setFin(LocalDateTime fin) {
        this.fin = fin;
    }
}

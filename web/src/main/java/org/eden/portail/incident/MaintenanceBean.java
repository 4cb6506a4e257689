package org.eden.portail.incident;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.shared.Horloge;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * R-INC-2: the administrateur Caf's screen that posts the notices ({@link AvisBean} shows them on
 * the login page and the home).
 */
@Named
@ViewScoped
public class MaintenanceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaintenanceService service;

    private String texte;
    private LocalDateTime debut;
    private LocalDateTime fin;
    private List<AvisVue> avisDeMaCaf;

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

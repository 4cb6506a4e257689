package org.eden.portail.incident;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;

/** "Mes incidents" (R-INC-1): the partner files an incident and follows his incidents. */
@Named
@ViewScoped
public class MesIncidentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService service;

    private NouvelIncident nouveau = new NouvelIncident();
    private StatutIncident statut;
    private IncidentVue selection;
    private String commentaire;

    private final ModeleIncidents modele = new ModeleIncidents() {
        private static final long serialVersionUID = 1L;

        @Override
        PageIncidents page(int debut, int taille) {
            return service.incidentsDeMonOrganisme(statut, debut, taille);
        }
    };

    public void declarer() {
        try {
            IncidentVue incident = service.declarer(nouveau);
            nouveau = new NouvelIncident();
            modele.oublier();
            message(FacesMessage.SEVERITY_INFO, "Incident transmis",
                    "L'incident n° " + incident.id() + " a été transmis au guichet de votre Caf.");
        } catch (RegleMetierException e) {
            message(FacesMessage.SEVERITY_WARN, "Incident non transmis", e.getMessage());
        }
    }

    public void filtrer() {
        modele.oublier();
    }

    public void ouvrir(Long id) {
        selection = service.consulter(id);
        commentaire = null;
    }

    public void commenter() {
        try {
            selection = service.commenter(selection.id(), commentaire);
            commentaire = null;
            modele.oublier();
        } catch (RegleMetierException e) {
            message(FacesMessage.SEVERITY_WARN, "Commentaire non ajouté", e.getMessage());
        }
    }

    static void message(FacesMessage.Severity gravite, String resume, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(gravite, resume, detail));
    }

    public StatutIncident[] getStatuts() {
        return StatutIncident.values();
    }

    public ModeleIncidents getModele() {
        return modele;
    }

    public NouvelIncident getNouveau() {
        return nouveau;
    }

    public StatutIncident getStatut() {
        return statut;
    }

    public void setStatut(StatutIncident statut) {
        this.statut = statut;
    }

    public IncidentVue getSelection() {
        return selection;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public void setCommentaire(String commentaire) {
        this.commentaire = commentaire;
    }
}

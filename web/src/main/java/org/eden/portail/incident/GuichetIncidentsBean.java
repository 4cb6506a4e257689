package org.eden.portail.incident;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.util.List;

/**
 * The Caf's incident desk (R-INC-1): its administrateurs assign, comment and resolve; its
 * superviseurs read. Incidents unanswered for 48 hours carry the escalation flag.
 */
@Named
@ViewScoped
public class GuichetIncidentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService service;

    private StatutIncident statut;
    private boolean aEscaladerSeulement;
    private IncidentVue selection;
    private String agent;
    private String commentaire;
    private String resolution;
    private List<String> agents;

    private final ModeleIncidents modele = new ModeleIncidents() {
        private static final long serialVersionUID = 1L;

        @Override
        PageIncidents page(int debut, int taille) {
            return service.incidentsDuGuichet(statut, aEscaladerSeulement, debut, taille);
        }
    };

    public void filtrer() {
        modele.oublier();
    }

    public void ouvrir(Long id) {
        selection = service.consulter(id);
        agent = selection.assigneA();
        commentaire = null;
        resolution = null;
    }

    public void assigner() {
        agir(() -> service.assigner(selection.id(), agent), "Incident confié à " + agent + ".");
    }

    public void commenter() {
        agir(() -> service.commenter(selection.id(), commentaire), "Commentaire ajouté.");
        commentaire = null;
    }

    public void resoudre() {
        agir(() -> service.resoudre(selection.id(), resolution), "Incident résolu.");
    }

    private void agir(java.util.function.Supplier<IncidentVue> action, String succes) {
        try {
            selection = action.get();
            modele.oublier();
            MesIncidentsBean.message(FacesMessage.SEVERITY_INFO, "Incident n° " + selection.id(), succes);
        } catch (RegleMetierException e) {
            MesIncidentsBean.message(FacesMessage.SEVERITY_WARN, "Action refusée", e.getMessage());
        }
    }

    public boolean isPeutTraiter() {
        return selection != null && SecurityUtils.getSubject().isPermitted(PermissionsIncidents.INCIDENT_TRAITER.sur(selection.codeCaf()));
    }

    public List<String> getAgents() {
        if (agents == null) {
            agents = isPeutTraiter() ? service.agentsDuGuichet() : List.of();
        }
        return agents;
    }

    public StatutIncident[] getStatuts() {
        return StatutIncident.values();
    }

    public ModeleIncidents getModele() {
        return modele;
    }

    public StatutIncident getStatut() {
        return statut;
    }

    public void setStatut(StatutIncident statut) {
        this.statut = statut;
    }

    public boolean isAEscaladerSeulement() {
        return aEscaladerSeulement;
    }

    public void setAEscaladerSeulement(boolean aEscaladerSeulement) {
        this.aEscaladerSeulement = aEscaladerSeulement;
    }

    public IncidentVue getSelection() {
        return selection;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public void setCommentaire(String commentaire) {
        this.commentaire = commentaire;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}

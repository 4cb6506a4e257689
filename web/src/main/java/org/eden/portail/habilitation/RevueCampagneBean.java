package org.eden.portail.habilitation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * "Campagne de revue des habilitations" (R-HAB-8), the Caf's side: open the year's campaign
 * (administrateur Caf) and follow each partner's state (superviseur and administrateur). A thin
 * screen over {@link RevueHabilitationsService}.
 */
@Named
@ViewScoped
public class RevueCampagneBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RevueHabilitationsService service;

    private Integer annee;
    private SuiviCampagne suivi;

    @PostConstruct
    void charger() {
        annee = service.anneeEnCours();
        suivi = service.suiviCampagne(null, annee);
    }

    public void changerAnnee() {
        suivi = service.suiviCampagne(null, annee);
    }

    public void ouvrir() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            suivi = service.ouvrirCampagne(null);
            annee = suivi.annee();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Campagne " + annee + " ouverte",
                    "Les administrateurs de vos partenaires peuvent mener leur revue des habilitations."));
        } catch (RegleMetierException refus) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Ouverture refusée", refus.getMessage()));
        }
    }

    /** The button shows only to those who may open (the service checks again). */
    public boolean isPeutOuvrir() {
        return suivi != null && annee != null && annee == service.anneeEnCours() && !suivi.isOuverte()
                && SecurityUtils.getSubject().isPermitted(PermissionsHabilitations.REVUE_OUVRIR.sur(suivi.codeCaf()));
    }

    public List<Integer> getAnnees() {
        int courante = service.anneeEnCours();
        return IntStream.rangeClosed(courante - 5, courante).boxed().sorted((a, b) -> b - a).toList();
    }

    public StatutRevue[] getStatuts() {
        return StatutRevue.values();
    }

    public Integer getAnnee() {
        return annee;
    }

    public void setAnnee(Integer annee) {
        this.annee = annee;
    }

    public SuiviCampagne getSuivi() {
        return suivi;
    }
}

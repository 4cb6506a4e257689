package org.eden.portail.identite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.shared.RegleMetierException;

import java.io.IOException;
import java.util.List;

/**
 * A new password: the mandatory one of a first login or an expired password (R-AUTH-2, R-PWD-3)
 * and the voluntary "Changer mon mot de passe". The policy's refusals are listed one by one.
 */
@Named
@RequestScoped
public class MotDePasseBean {

    @Inject
    IdentiteService identite;

    @Inject
    ReglesMotDePasse politique;

    @Inject
    SessionUtilisateur session;

    private String actuel;
    private String nouveau;
    private String confirmation;

    public List<String> getExigences() {
        return politique.exigences();
    }

    public void changer() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (nouveau == null || !nouveau.equals(confirmation)) {
            faces.addMessage("motDePasse:confirmation", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "La confirmation ne reprend pas le nouveau mot de passe.", null));
            return;
        }
        try {
            identite.changerMotDePasse(session.getIdentifiant(), actuel, nouveau);
        } catch (MotDePasseRefuseException refus) {
            refus.getRefus().forEach(motif -> faces.addMessage("motDePasse:nouveau",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, motif, null)));
            return;
        } catch (RegleMetierException refus) {
            faces.addMessage("motDePasse:actuel", new FacesMessage(FacesMessage.SEVERITY_ERROR, refus.getMessage(), null));
            return;
        }
        boolean etapeObligatoire = session.etapeEnCours().filter(e -> e == EtapeConnexion.NOUVEAU_MOT_DE_PASSE).isPresent();
        session.terminer(EtapeConnexion.NOUVEAU_MOT_DE_PASSE);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Votre mot de passe a été changé.",
                politique.rappelValidite()));
        Navigation.rediriger(etapeObligatoire ? Navigation.destination(session, null) : "/compte/mon-compte.xhtml");
    }

    public String getActuel() {
        return actuel;
    }

    public void setActuel(String actuel) {
        this.actuel = actuel;
    }

    public String getNouveau() {
        return nouveau;
    }

    public void setNouveau(String nouveau) {
        this.nouveau = nouveau;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

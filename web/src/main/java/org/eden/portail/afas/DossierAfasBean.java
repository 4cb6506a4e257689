package org.eden.portail.afas;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * "AFAS : déclaration reçue" (R-AFAS-2, R-AFAS-5): one declaration read-only for the Caf, with its
 * controls, justifications and history; its gestionnaire AFAS marks it received, sends it back with a
 * comment or validates it. A declaration of another Caf is a 403 (the service names the right).
 */
@Named
@ViewScoped
public class DossierAfasBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstructionService service;

    private Long id;
    private InstructionVue vue;
    private String commentaire;

    /** f:viewAction. */
    public void charger() {
        if (vue != null) {
            return;
        }
        if (id == null) {
            MessagesEcran.introuvable();
            return;
        }
        try {
            vue = service.consulter(id);
        } catch (AuthorizationException refus) {
            MessagesEcran.accesRefuse();
        } catch (RegleMetierException introuvable) {
            MessagesEcran.introuvable();
        }
    }

    public void recevoir() {
        agir(() -> service.recevoir(id), "Déclaration marquée reçue", "Vous pouvez maintenant la valider ou la renvoyer pour correction.");
    }

    public void demanderCorrection() {
        agir(() -> service.demanderCorrection(id, commentaire), "Déclaration renvoyée pour correction",
                "Les fournisseurs et l'approbateur sont prévenus par courriel ; les fournisseurs peuvent de nouveau la modifier.");
        if (vue.declaration().resume().statut() == StatutDeclaration.A_CORRIGER) {
            commentaire = null;
        }
    }

    public void valider() {
        agir(() -> service.valider(id), "Déclaration validée", null);
    }

    private void agir(Supplier<InstructionVue> action, String resume, String detail) {
        try {
            vue = action.get();
            MessagesEcran.info(resume, detail);
        } catch (RegleMetierException | AuthorizationException refus) {
            FacesContext.getCurrentInstance().validationFailed();
            MessagesEcran.refus(refus);
        }
    }

    /** R-AFAS-2: the printable record (PDF) of the declaration, both parts, controls, justifications and signatures. */
    public org.primefaces.model.StreamedContent getFiche() {
        return id == null ? null : TelechargementFiche.de(() -> service.fiche(id));
    }

    public List<LigneVue> lignes(String partie) {
        return vue == null ? List.of() : vue.declaration().lignes(Partie.valueOf(partie));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InstructionVue getVue() {
        return vue;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public void setCommentaire(String commentaire) {
        this.commentaire = commentaire;
    }
}

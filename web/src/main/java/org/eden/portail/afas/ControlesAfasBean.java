package org.eden.portail.afas;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * "AFAS : contrôles de cohérence" (R-AFAS-4): the Caf's administrateur reads the controls as his
 * Caf runs them and changes a threshold or switches a control off in a dialog, without a
 * deployment. Thin over ReglageControlesService, which checks the permission, the value and the
 * version, and traces.
 */
@Named
@ViewScoped
public class ControlesAfasBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReglageControlesService service;

    private final CafDeLaVue caf = new CafDeLaVue();
    private List<ControleCafVue> controles = List.of();
    private ControleCafVue choisi;
    private BigDecimal seuil;
    private boolean actif;

    /** f:viewAction: the controls of the caller's Caf. */
    public void charger() {
        if (!caf.ouvrir(service::maCaf, () -> message(FacesMessage.SEVERITY_WARN, "Aucune Caf",
                "Seuls les administrateurs d'une Caf règlent ses contrôles de cohérence."))) {
            return;
        }
        controles = service.controlesDe(caf.code());
    }

    /** Opens the dialog on one control, with its values for the Caf now. */
    public void choisir(ControleCafVue controle) {
        choisi = controle;
        seuil = controle.seuil();
        actif = controle.actif();
    }

    public void enregistrer() {
        try {
            ControleCafVue regle = service.regler(caf.code(), choisi.id(), choisi.seuilReglable() ? seuil : null, actif, choisi.version());
            controles = service.controlesDe(caf.code());
            choisi = regle;
            message(FacesMessage.SEVERITY_INFO, "Contrôle " + regle.id() + " réglé pour la Caf " + caf.code(),
                    (regle.actif() ? "Actif" : "Désactivé") + (regle.seuil() == null ? "" : ", seuil " + regle.seuil().stripTrailingZeros()
                            .toPlainString().replace('.', ',')) + " : les déclarations de vos partenaires y répondent dès leur prochain enregistrement.");
        } catch (RegleMetierException e) {
            // The dialog stays open on what was typed, with the reason.
            FacesContext.getCurrentInstance().validationFailed();
            message(FacesMessage.SEVERITY_WARN, "Réglage refusé", e.getMessage());
            if (e.getMessage().contains("rechargez")) {
                controles = service.controlesDe(caf.code());
            }
        }
    }

    private static void message(FacesMessage.Severity gravite, String resume, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(gravite, resume, detail));
    }

    public String getCodeCaf() {
        return caf.code();
    }

    public List<ControleCafVue> getControles() {
        return controles;
    }

    public ControleCafVue getChoisi() {
        return choisi;
    }

    public BigDecimal getSeuil() {
        return seuil;
    }

    public void setSeuil(BigDecimal seuil) {
        this.seuil = seuil;
    }

    public boolean isActif() {
        return actif;
    }

    public void setActif(boolean actif) {
        this.actif = actif;
    }
}

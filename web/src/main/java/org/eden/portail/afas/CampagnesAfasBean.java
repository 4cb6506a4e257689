package org.eden.portail.afas;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.Fuseau;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * "AFAS : campagnes" (R-AFAS-7): the Caf's four campaigns of an exercice, set or default; its
 * gestionnaire AFAS or administrateur changes one in a dialog, the superviseur reads. Thin over
 * CampagneService, which checks the right, the dates and the version, and traces.
 */
@Named
@ViewScoped
public class CampagnesAfasBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampagneService service;

    @Inject
    Clock horloge;

    private final CafDeLaVue caf = new CafDeLaVue();
    private int exercice;
    private List<CampagneVue> campagnes = List.of();
    private CampagneVue choisie;
    private LocalDate ouverture;
    private LocalDate echeance;

    /** f:viewAction: this year's campaigns of the caller's Caf. */
    public void charger() {
        if (!caf.ouvrir(service::maCaf, MessagesEcran::accesRefuse)) {
            return;
        }
        exercice = LocalDate.ofInstant(horloge.instant(), Fuseau.PARIS).getYear();
        lire();
    }

    /** Another exercice chosen. */
    public void lire() {
        try {
            campagnes = service.campagnes(caf.code(), exercice);
        } catch (RegleMetierException | AuthorizationException refus) {
            campagnes = List.of();
            MessagesEcran.refus(refus);
        }
    }

    public boolean isModifiable() {
        return caf.code() != null && SecurityUtils.getSubject().isPermitted(PermissionsAfas.CAMPAGNES.sur(caf.code()));
    }

    public void choisir(CampagneVue campagne) {
        choisie = campagne;
        ouverture = campagne.ouverture();
        echeance = campagne.echeance();
    }

    public void enregistrer() {
        try {
            CampagneVue reglee = service.regler(caf.code(), exercice, choisie.nature(), ouverture, echeance, choisie.version());
            lire();
            choisie = reglee;
            MessagesEcran.info("Campagne « " + reglee.natureLibelle() + " " + exercice + " » réglée",
                    "Les déclarations de vos partenaires s'ouvrent et sont en retard selon ces dates.");
        } catch (RegleMetierException | AuthorizationException refus) {
            // The dialog stays open on what was typed, with the reason.
            FacesContext.getCurrentInstance().validationFailed();
            MessagesEcran.refus(refus);
        }
    }

    public String getCodeCaf() {
        return caf.code();
    }

    public int getExercice() {
        return exercice;
    }

    public void setExercice(int exercice) {
        this.exercice = exercice;
    }

    public List<CampagneVue> getCampagnes() {
        return campagnes;
    }

    public CampagneVue getChoisie() {
        return choisie;
    }

    public LocalDate getOuverture() {
        return ouverture;
    }

    public void setOuverture(LocalDate ouverture) {
        this.ouverture = ouverture;
    }

    public LocalDate getEcheance() {
        return echeance;
    }

    public void setEcheance(LocalDate echeance) {
        this.echeance = echeance;
    }
}

package org.eden.portail.habilitation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.convention.ConventionVue;
import org.eden.portail.convention.PermissionsConventions;
import org.eden.portail.convention.StatutConvention;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.SaisiePersonne;
import org.primefaces.PrimeFaces;

import java.io.Serializable;

/**
 * The dialog "Remplacer l'administrateur partenaire ou le suppléant" of the convention page
 * (R-CONV-10), kept apart from ConventionBean: a thin screen over
 * {@link RemplacementAdministrateurService}, which decides and whose refusals show as they are.
 */
@Named
@ViewScoped
public class RemplacementAdministrateurBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RemplacementAdministrateurService service;

    private boolean suppleant;
    private boolean compteExistant;
    private String identifiantExistant;
    private SaisiePersonne nouveau = new SaisiePersonne();
    private String fonction;
    private String telephone;
    private String motif;

    /** The button is offered to the administrateur Caf while the convention is validated, active or suspended. */
    public boolean peutRemplacer(ConventionVue convention) {
        return convention != null
                && (convention.statut() == StatutConvention.VALIDEE || convention.statut().occupeLePartenaire())
                && SecurityUtils.getSubject().isPermitted(PermissionsConventions.CONVENTION_ENREGISTRER.sur(convention.codeCaf()));
    }

    public boolean aUnSuppleant(ConventionVue convention) {
        return convention != null && convention.suppleant() != null && convention.suppleant().estRenseigne();
    }

    public void preparer(boolean pourLeSuppleant) {
        suppleant = pourLeSuppleant;
        compteExistant = false;
        identifiantExistant = null;
        nouveau = new SaisiePersonne();
        fonction = null;
        telephone = null;
        motif = null;
    }

    public void preparerRetrait() {
        preparer(true);
    }

    public void remplacer(Long conventionId) {
        try {
            RemplacementEffectue fait = service.remplacer(conventionId, new DemandeRemplacement(suppleant,
                    compteExistant ? identifiantExistant : null, nouveau.getNom(), nouveau.getPrenom(), fonction, telephone,
                    nouveau.getEmail(), motif));
            MessagesEcran.info((suppleant ? "Suppléant" : "Administrateur partenaire") + " : " + fait.identifiantNouveau(),
                    (fait.compteCree()
                            ? "Compte créé : l'identifiant et le mot de passe provisoire partent par deux courriels séparés."
                            : "Compte existant de l'organisme : le rôle lui est confié, sans nouveaux codes de connexion.")
                            + ancien(fait));
            PrimeFaces.current().executeScript("PF('dialogueRemplacement').hide()");
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
        }
    }

    public void retirerSuppleant(Long conventionId) {
        try {
            RemplacementEffectue fait = service.retirerSuppleant(conventionId, motif);
            MessagesEcran.info("Suppléant retiré", ancien(fait).trim());
            PrimeFaces.current().executeScript("PF('dialogueRetraitSuppleant').hide()");
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
        }
    }

    private static String ancien(RemplacementEffectue fait) {
        if (fait.identifiantAncien() == null) {
            return "";
        }
        return " " + fait.identifiantAncien() + " perd aussitôt ses droits d'administration et ses sessions sont fermées"
                + (fait.ancienSuspendu() ? " ; sans habilitation de service, son compte est suspendu." : " ; il garde son compte pour ses habilitations de service.");
    }

    public boolean isSuppleant() {
        return suppleant;
    }

    public String getTitre() {
        return suppleant ? "Désigner un nouveau suppléant" : "Remplacer l'administrateur partenaire";
    }

    public boolean isCompteExistant() {
        return compteExistant;
    }

    public void setCompteExistant(boolean compteExistant) {
        this.compteExistant = compteExistant;
    }

    public String getIdentifiantExistant() {
        return identifiantExistant;
    }

    public void setIdentifiantExistant(String identifiantExistant) {
        this.identifiantExistant = identifiantExistant;
    }

    /** The new administrateur or suppléant, when no existing account is chosen. */
    public SaisiePersonne getNouveau() {
        return nouveau;
    }

    public String getFonction() {
        return fonction;
    }

    public void setFonction(String fonction) {
        this.fonction = fonction;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    public String getMotif() {
        return motif;
    }

    public void setMotif(String motif) {
        this.motif = motif;
    }
}

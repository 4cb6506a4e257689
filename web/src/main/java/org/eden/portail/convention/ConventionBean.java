package org.eden.portail.convention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The convention page (R-CONV-9): its contrat, bulletins with quota use, contacts and history, and
 * the actions the person's permissions and the convention's status allow — the status's part asked
 * of the aggregate ({@link FicheConvention#permet}), never re-derived here. The buttons only spare
 * a useless click: {@link ConventionService} decides, and its refusals show as they are.
 */
@Named
@ViewScoped
public class ConventionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The actions that ask for a reason, in the one reason dialog. */
    public enum ActionMotivee {
        REJETER("Rejeter la convention", "Motif du rejet (lu par l'agent qui l'a enregistrée)", true),
        SUSPENDRE("Suspendre la convention", "Motif de la suspension", true),
        REACTIVER("Réactiver la convention", "Motif de la réactivation (facultatif)", false),
        CLOTURER("Clôturer la convention", "Motif de la clôture", true),
        CLOTURER_ET_RECREER("Clôturer et recréer dans l'autre mode", "Motif du changement de mode", true);

        private final String titre;
        private final String libelleMotif;
        private final boolean motifObligatoire;

        ActionMotivee(String titre, String libelleMotif, boolean motifObligatoire) {
            this.titre = titre;
            this.libelleMotif = libelleMotif;
            this.motifObligatoire = motifObligatoire;
        }

        public String getTitre() {
            return titre;
        }

        public String getLibelleMotif() {
            return libelleMotif;
        }

        public boolean isMotifObligatoire() {
            return motifObligatoire;
        }
    }

    @Inject
    ConventionService service;

    private String id;
    private FicheConvention fiche;
    private boolean peutEnregistrer;
    private boolean peutVerifier;
    private ActionMotivee action;
    private String motif;
    private String quotaChoisi;
    private Integer nouveauQuota;

    /** f:viewAction: loads the convention, or answers 404 / 403. */
    public void ouvrir() {
        Long conventionId;
        try {
            conventionId = Long.valueOf(id);
        } catch (NumberFormatException | NullPointerException malForme) {
            MessagesEcran.introuvable();
            return;
        }
        try {
            fiche = service.fiche(conventionId);
        } catch (AuthorizationException refus) {
            MessagesEcran.accesRefuse();
            return;
        } catch (RegleMetierException introuvable) {
            MessagesEcran.introuvable();
            return;
        }
        Subject sujet = SecurityUtils.getSubject();
        String caf = fiche.convention().codeCaf();
        peutEnregistrer = sujet.isPermitted(PermissionsConventions.CONVENTION_ENREGISTRER.sur(caf));
        peutVerifier = sujet.isPermitted(PermissionsConventions.CONVENTION_VERIFIER.sur(caf));
    }

    private void recharger() {
        fiche = service.fiche(fiche.convention().id());
    }

    private Long conventionId() {
        return fiche.convention().id();
    }

    // --- actions ------------------------------------------------------------------------------

    public void soumettre() {
        agir(() -> service.soumettre(conventionId()), "Convention soumise à vérification",
                "Un vérificateur de la Caf la validera ou la rejettera.");
    }

    public void valider() {
        agir(() -> service.valider(conventionId()), "Convention validée", comptesCrees(fiche.convention().suppleant()));
    }

    /** What the validation created (R-CONV-4): the suppléant is named only when the convention has one. */
    static String comptesCrees(Contact suppleant) {
        return suppleant == null
                ? "Le compte de l'administrateur partenaire est créé ; il reçoit son identifiant et son mot de passe provisoire par deux courriels séparés."
                : "Les comptes de l'administrateur partenaire et de son suppléant sont créés ; chacun reçoit son identifiant et son mot de passe provisoire par deux courriels séparés.";
    }

    public void activer() {
        agir(() -> service.activer(conventionId()), "Convention active", null);
    }

    public void preparer(ActionMotivee action) {
        this.action = action;
        this.motif = null;
    }

    public void executer() {
        ActionMotivee a = action;
        if (a == null) {
            return;
        }
        boolean fait = switch (a) {
            case REJETER -> agir(() -> service.rejeter(conventionId(), motif), "Convention rejetée",
                    "Elle revient à l'état de brouillon, avec votre motif.");
            case SUSPENDRE -> agir(() -> service.suspendre(conventionId(), motif), "Convention suspendue",
                    "Les sessions des utilisateurs du partenaire sont fermées ; leurs services sont bloqués, leurs données conservées.");
            case REACTIVER -> agir(() -> service.reactiver(conventionId(), motif), "Convention réactivée", null);
            case CLOTURER -> agir(() -> service.cloturer(conventionId(), motif), "Convention clôturée", null);
            case CLOTURER_ET_RECREER -> recreer();
        };
        if (fait) {
            PrimeFaces.current().executeScript("PF('dialogueMotif').hide()");
        }
    }

    private boolean recreer() {
        try {
            ConventionVue successeur = service.cloturerEtRecreer(conventionId(), fiche.convention().mode().autre(), motif);
            MessagesEcran.info("Convention recréée",
                    "La convention n° " + successeur.numero() + " reprend services et quotas en mode "
                            + successeur.mode().getLibelle().toLowerCase() + " ; soumettez-la à vérification. À sa validation, "
                            + "elle remplacera la convention n° " + fiche.convention().numero()
                            + ", qui reste en vigueur jusque-là, et reprendra ses habilitations (R-CONV-6).");
            var externe = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            externe.getFlash().setKeepMessages(true);
            externe.redirect(externe.getRequestContextPath() + "/convention/convention.xhtml?id=" + successeur.id());
            return true;
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** R-CONV-7: a quota raised on the partner's request, never below its use. */
    public void modifierQuota() {
        LigneQuota ligne = fiche.quotas().stream().filter(q -> cle(q).equals(quotaChoisi)).findFirst().orElse(null);
        if (ligne == null || nouveauQuota == null) {
            MessagesEcran.refus(new RegleMetierException("R-CONV-7", "Choisissez le profil et le nouveau nombre d'utilisateurs."));
            return;
        }
        boolean fait = agir(() -> service.modifierQuota(conventionId(), ligne.service(), ligne.profil(), nouveauQuota),
                "Quota modifié", ligne.service() + " " + ligne.profil() + " : " + ligne.accorde() + " → " + nouveauQuota
                        + " utilisateur(s).");
        if (fait) {
            PrimeFaces.current().executeScript("PF('dialogueQuota').hide()");
        }
    }

    public void preparerQuota() {
        quotaChoisi = fiche.quotas().isEmpty() ? null : cle(fiche.quotas().get(0));
        nouveauQuota = null;
    }

    public String cle(LigneQuota ligne) {
        return ligne.service() + "/" + ligne.profil();
    }

    private boolean agir(Runnable appel, String resume, String detail) {
        try {
            appel.run();
            MessagesEcran.info(resume, detail);
            recharger();
            return true;
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
            recharger();
            return false;
        }
    }

    // --- R-CONV-10: after the dialog of RemplacementAdministrateurBean -------------------------

    /** Reloads the contacts and the history once another bean of the page changed the convention. */
    public void actualiser() {
        if (fiche != null) {
            recharger();
        }
    }

    // --- what the page shows ------------------------------------------------------------------

    /** What the convention's status allows, as the aggregate says (one table, R-CONV-3). */
    private boolean permet(ActionConvention action) {
        return fiche.permet(action);
    }

    public boolean isPeutSoumettre() {
        return peutEnregistrer && permet(ActionConvention.SOUMETTRE);
    }

    /** Validate and reject go together: both from "à vérifier". */
    public boolean isPeutVerifier() {
        return peutVerifier && permet(ActionConvention.VALIDER) && permet(ActionConvention.REJETER);
    }

    /** Four eyes (R-CONV-3): the vérificateur recorded it himself; the button says why it is off. */
    public boolean isEnregistreeParMoi() {
        return String.valueOf(SecurityUtils.getSubject().getPrincipal()).equalsIgnoreCase(fiche.convention().enregistreePar());
    }

    public boolean isPeutActiver() {
        return peutEnregistrer && permet(ActionConvention.ACTIVER);
    }

    public boolean isPeutSuspendre() {
        return peutEnregistrer && permet(ActionConvention.SUSPENDRE);
    }

    public boolean isPeutReactiver() {
        return peutEnregistrer && permet(ActionConvention.REACTIVER);
    }

    public boolean isPeutCloturer() {
        return peutEnregistrer && permet(ActionConvention.CLOTURER);
    }

    public boolean isPeutCloturerEtRecreer() {
        return peutEnregistrer && permet(ActionConvention.CLOTURER_ET_RECREER);
    }

    public boolean isPeutModifierQuota() {
        return peutEnregistrer && permet(ActionConvention.MODIFIER_QUOTA) && !fiche.quotas().isEmpty();
    }

    public boolean isLectureSeule() {
        return !peutEnregistrer && !peutVerifier;
    }

    public ActionMotivee[] getActionsMotivees() {
        return ActionMotivee.values();
    }

    public String getAutreMode() {
        return fiche.convention().mode().autre().getLibelle().toLowerCase();
    }

    public List<ContactAffiche> getContacts() {
        ConventionVue c = fiche.convention();
        return List.of(new ContactAffiche("Administrateur partenaire", c.administrateur()),
                new ContactAffiche("Suppléant", c.suppleant()),
                new ContactAffiche("Responsable sécurité", c.responsableSecurite()),
                new ContactAffiche("Référent Informatique et Libertés", c.referentInformatiqueLibertes()));
    }

    public FicheConvention getFiche() {
        return fiche;
    }

    public ConventionVue getConvention() {
        return fiche.convention();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ActionMotivee getAction() {
        return action;
    }

    public String getMotif() {
        return motif;
    }

    public void setMotif(String motif) {
        this.motif = motif;
    }

    public String getQuotaChoisi() {
        return quotaChoisi;
    }

    public void setQuotaChoisi(String quotaChoisi) {
        this.quotaChoisi = quotaChoisi;
    }

    public Integer getNouveauQuota() {
        return nouveauQuota;
    }

    public void setNouveauQuota(Integer nouveauQuota) {
        this.nouveauQuota = nouveauQuota;
    }

    /** One contact card of the "Contacts" tab. */
    public static final class ContactAffiche implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String role;
        private final Contact contact;

        ContactAffiche(String role, Contact contact) {
            this.role = role;
            this.contact = contact;
        }

        public String getRole() {
            return role;
        }

        public boolean isRenseigne() {
            return contact != null && contact.estRenseigne();
        }

        public Contact getContact() {
            return contact;
        }
    }
}

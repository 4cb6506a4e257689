package org.eden.portail.habilitation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * R-HAB-7, the Caf's back office of its partners' habilitations: suspend or reactivate a user or
 * one habilitation as a precaution, force a password change (one user, or the whole
 * organisation), withdraw the delegation ("reprise en main") and restore it — each with a reason —
 * then manage the partner's groups and users as the partner would while the Caf manages.
 */
@Named
@ViewScoped
public class HabilitationsCafBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the reason dialog will do. */
    public enum Action {
        SUSPENDRE_COMPTE, REACTIVER_COMPTE, SUSPENDRE_HABILITATION, REPRENDRE_LA_MAIN, RESTITUER
    }

    @Inject
    PouvoirsCafService service;

    private Long organisme;
    private List<PartenaireHabilitations> partenaires;
    private PartenaireHabilitations partenaire;
    private List<UtilisateurVue> comptes;

    private final DialogueMotif<Action> dialogue = new DialogueMotif<>(Action.class, Map.of(
            Action.SUSPENDRE_COMPTE, "Suspendre le compte à titre conservatoire",
            Action.REACTIVER_COMPTE, "Réactiver le compte",
            Action.SUSPENDRE_HABILITATION, "Suspendre l'habilitation à titre conservatoire",
            Action.REPRENDRE_LA_MAIN, "Reprendre la main sur les habilitations du partenaire",
            Action.RESTITUER, "Restituer la délégation au partenaire"));
    private String identifiant;

    /** f:viewAction: a partner of another Caf (a forged id) answers 403. */
    public void ouvrir() {
        try {
            if (organisme == null) {
                partenaires = service.partenaires();
            } else {
                charger();
            }
        } catch (AuthorizationException refus) {
            MessagesEcran.accesRefuse();
        }
    }

    private void charger() {
        partenaire = service.partenaire(organisme);
        comptes = service.comptes(organisme);
    }

    public void preparer(String action, String identifiant, Long habilitation) {
        dialogue.preparer(action, habilitation);
        this.identifiant = identifiant;
    }

    public void executer() {
        dialogue.executer("R-HAB-7", this::agir, this::recharger, "dialogueMotifCaf");
    }

    private boolean agir(Action action, String motif) {
        Long habilitationId = dialogue.habilitationId();
        return switch (action) {
            case SUSPENDRE_COMPTE -> EcranHabilitations.agir(() -> service.suspendreUtilisateur(identifiant, motif),
                    "Compte suspendu", () -> identifiant + " ne peut plus se connecter ; ses sessions sont fermées.");
            case REACTIVER_COMPTE -> EcranHabilitations.agir(() -> service.reactiverUtilisateur(identifiant, motif),
                    "Compte réactivé", () -> identifiant + " peut de nouveau se connecter.");
            case SUSPENDRE_HABILITATION -> EcranHabilitations.agir(() -> service.suspendreHabilitation(habilitationId, motif),
                    "Habilitation suspendue", () -> "Les sessions de " + identifiant + " sont fermées ; ses autres habilitations restent.");
            case REPRENDRE_LA_MAIN -> EcranHabilitations.agir(() -> service.reprendreLaMain(organisme, motif),
                    "Délégation retirée", () -> "La Caf gère désormais les habilitations de « " + partenaire.nom()
                            + " » ; l'administrateur partenaire et les responsables n'y ont plus accès.");
            case RESTITUER -> EcranHabilitations.agir(() -> service.restituerDelegation(organisme, motif),
                    "Délégation restituée", () -> "Le partenaire gère de nouveau ses habilitations.");
        };
    }

    public void reactiverHabilitation(Long habilitation) {
        EcranHabilitations.agir(() -> service.reactiverHabilitation(habilitation), "Habilitation réactivée", null);
        recharger();
    }

    /** R-HAB-7, R-SESS-3: one user's next login starts with a new password. */
    public void forcerChangement(String compte) {
        EcranHabilitations.agir(() -> service.forcerChangementMotDePasse(compte), "Changement de mot de passe imposé",
                () -> compte + " devra choisir un nouveau mot de passe à sa prochaine connexion ; sa session est fermée.");
        recharger();
    }

    /** R-HAB-7: every account of the organisation. */
    public void forcerChangementOrganisme() {
        int[] nombre = new int[1];
        EcranHabilitations.agir(() -> nombre[0] = service.forcerChangementMotDePasseOrganisme(organisme),
                "Changement de mot de passe imposé", () -> nombre[0] + " compte(s) de « " + partenaire.nom()
                        + " » devront choisir un nouveau mot de passe ; leurs sessions sont fermées.");
        recharger();
    }

    private void recharger() {
        try {
            charger();
        } catch (AuthorizationException | RegleMetierException refus) {
            MessagesEcran.refus(refus);
        }
    }

    public String liste(List<String> valeurs) {
        return valeurs == null ? "" : String.join(", ", valeurs);
    }

    public Long getOrganisme() {
        return organisme;
    }

    public void setOrganisme(Long organisme) {
        this.organisme = organisme;
    }

    public List<PartenaireHabilitations> getPartenaires() {
        return partenaires;
    }

    public PartenaireHabilitations getPartenaire() {
        return partenaire;
    }

    public List<UtilisateurVue> getComptes() {
        return comptes;
    }

    public DialogueMotif<Action> getDialogue() {
        return dialogue;
    }
}

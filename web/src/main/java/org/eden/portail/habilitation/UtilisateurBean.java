package org.eden.portail.habilitation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One user as his managers see him: identity, status, last login, groups (attach, detach),
 * effective habilitations per service and profile (R-HAB-2, R-HAB-3), suspension and reactivation
 * of the account or of one habilitation, with a reason (R-HAB-6).
 */
@Named
@ViewScoped
public class UtilisateurBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the reason dialog will do. */
    public enum Action {
        SUSPENDRE_COMPTE, REACTIVER_COMPTE, SUSPENDRE_HABILITATION
    }

    @Inject
    UtilisateursPartenaireService service;

    @Inject
    GroupeService groupes;

    private String id;
    private UtilisateurVue utilisateur;
    private List<GroupeVue> arbre;

    private Long groupeChoisi;
    private final DialogueMotif<Action> dialogue = new DialogueMotif<>(Action.class, Map.of(
            Action.SUSPENDRE_COMPTE, "Suspendre le compte",
            Action.REACTIVER_COMPTE, "Réactiver le compte",
            Action.SUSPENDRE_HABILITATION, "Suspendre l'habilitation"));

    /** f:viewAction: a user out of the caller's reach (another organisation, another sub-tree) answers 403. */
    public void ouvrir() {
        if (id == null || id.isBlank()) {
            MessagesEcran.introuvable();
            return;
        }
        try {
            charger();
        } catch (AuthorizationException refus) {
            MessagesEcran.accesRefuse();
        } catch (org.eden.portail.shared.RegleMetierException horsPerimetre) {
            MessagesEcran.accesRefuse();
        }
    }

    private void charger() {
        utilisateur = service.utilisateur(id);
        arbre = groupes.arbre(utilisateur.getOrganismeId());
    }

    private void recharger() {
        try {
            charger();
        } catch (AuthorizationException | org.eden.portail.shared.RegleMetierException plusAccessible) {
            // He may have left the caller's sub-tree: the page keeps what it showed.
        }
    }

    /** The groups of the caller's reach this user belongs to (the ones he may detach him from). */
    public List<GroupeVue> getGroupesDuUtilisateur() {
        return arbre == null ? List.of() : arbre.stream().filter(g -> g.membres().contains(utilisateur.getIdentifiant())).toList();
    }

    /** The groups he could join. */
    public List<GroupeVue> getGroupesPossibles() {
        return arbre == null ? List.of() : arbre.stream().filter(g -> !g.membres().contains(utilisateur.getIdentifiant())).toList();
    }

    public void rattacher() {
        if (groupeChoisi == null) {
            MessagesEcran.refus(new org.eden.portail.shared.RegleMetierException("R-HAB-2", "Choisissez le groupe de rattachement."));
            return;
        }
        String chemin = chemin(groupeChoisi);
        boolean fait = EcranHabilitations.agir(() -> service.rattacher(groupeChoisi, utilisateur.getIdentifiant()),
                "Utilisateur rattaché", () -> "Au groupe « " + chemin + " » : il en reçoit les rôles.");
        recharger();
        if (fait) {
            PrimeFaces.current().executeScript("PF('dialogueRattacher').hide()");
        }
    }

    public void detacher(Long groupe) {
        String chemin = chemin(groupe);
        EcranHabilitations.agir(() -> service.detacher(groupe, utilisateur.getIdentifiant()), "Utilisateur détaché",
                () -> "Du groupe « " + chemin + " » : les habilitations qui n'en dépendaient que de lui sont dévalidées.");
        recharger();
    }

    public void preparer(String action, Long habilitation) {
        dialogue.preparer(action, habilitation);
    }

    public void executer() {
        dialogue.executer("R-HAB-6", this::agir, this::recharger, "dialogueMotif");
    }

    private boolean agir(Action action, String motif) {
        Long habilitationId = dialogue.habilitationId();
        String identifiant = utilisateur.getIdentifiant();
        return switch (action) {
            case SUSPENDRE_COMPTE -> EcranHabilitations.agir(() -> service.suspendre(identifiant, motif), "Compte suspendu",
                    () -> identifiant + " ne peut plus se connecter ; ses sessions sont fermées.");
            case REACTIVER_COMPTE -> EcranHabilitations.agir(() -> service.reactiver(identifiant, motif), "Compte réactivé",
                    () -> identifiant + " peut de nouveau se connecter.");
            case SUSPENDRE_HABILITATION -> EcranHabilitations.agir(() -> service.suspendreHabilitation(habilitationId, motif),
                    "Habilitation suspendue", () -> "Les autres habilitations de " + identifiant + " restent actives.");
        };
    }

    public void reactiverHabilitation(Long habilitation) {
        EcranHabilitations.agir(() -> service.reactiverHabilitation(habilitation), "Habilitation réactivée", null);
        recharger();
    }

    private String chemin(Long groupe) {
        return arbre.stream().filter(g -> g.id().equals(groupe)).map(GroupeVue::chemin).findFirst().orElse("?");
    }

    /** "a, b, c" for the page. */
    public String liste(List<String> valeurs) {
        return valeurs == null ? "" : String.join(", ", valeurs);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UtilisateurVue getUtilisateur() {
        return utilisateur;
    }

    public Long getGroupeChoisi() {
        return groupeChoisi;
    }

    public void setGroupeChoisi(Long groupeChoisi) {
        this.groupeChoisi = groupeChoisi;
    }

    public DialogueMotif<Action> getDialogue() {
        return dialogue;
    }
}

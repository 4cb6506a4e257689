package org.eden.portail.habilitation;

import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;

/**
 * The reason dialog of the habilitation screens (R-HAB-6, R-HAB-7): the action it will run, the
 * habilitation it runs on if any, and the reason typed, kept with the decision. The pages bind
 * {@code #{bean.dialogue.action.libelle}} and {@code #{bean.dialogue.motif}}.
 */
public final class DialogueMotif<A extends Enum<A>> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Class<A> actions;
    private A action;
    private Long habilitationId;
    private String motif;

    DialogueMotif(Class<A> actions) {
        this.actions = actions;
    }

    /** Opening the dialog: a new action, the reason typed for the last one forgotten. */
    void preparer(String nom, Long habilitation) {
        action = Enum.valueOf(actions, nom);
        habilitationId = habilitation;
        motif = null;
    }

    /** The action to run, once chosen and its reason typed; else null, and the refusal shown under {@code regle}. */
    A aExecuter(String regle) {
        if (action == null) {
            MessagesEcran.refus(new RegleMetierException("R-HAB-6", "Choisissez d'abord l'action."));
            return null;
        }
        return EcranHabilitations.exiger(motif, regle, "Indiquez le motif : il est conservé avec la décision.") ? action : null;
    }

    Long habilitationId() {
        return habilitationId;
    }

    public A getAction() {
        return action;
    }

    public String getMotif() {
        return motif;
    }

    public void setMotif(String motif) {
        this.motif = motif;
    }
}

package org.eden.portail.habilitation;

import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The reason dialog of the habilitation screens (R-HAB-6, R-HAB-7): the action it will run, the
 * habilitation it runs on if any, and the reason typed, kept with the decision. The pages bind
 * {@code #{bean.dialogue.libelle}} (the dialog's title: what the action does) and
 * {@code #{bean.dialogue.motif}}.
 */
public final class DialogueMotif<A extends Enum<A>> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Class<A> actions;
    private final EnumMap<A, String> libelles;
    private A action;
    private Long habilitationId;
    private String motif;

    /** {@code libelles}: for each action, the dialog's title. */
    DialogueMotif(Class<A> actions, Map<A, String> libelles) {
        this.actions = actions;
        this.libelles = new EnumMap<>(libelles);
    }

    /** Opening the dialog: a new action, the reason typed for the last one forgotten. */
    void preparer(String nom, Long habilitation) {
        action = Enum.valueOf(actions, nom);
        habilitationId = habilitation;
        motif = null;
    }

    /** The action to run, once chosen and its reason typed; else null, and the refusal shown under {@code regle}. */
    private A aExecuter(String regle) {
        if (action == null) {
            MessagesEcran.refus(new RegleMetierException("R-HAB-6", "Choisissez d'abord l'action."));
            return null;
        }
        return EcranHabilitations.exiger(motif, regle, "Indiquez le motif : il est conservé avec la décision.") ? action : null;
    }

    /**
     * The dialog's "Confirm": runs the chosen action with its reason ({@code faire} tells whether the
     * service accepted it), reloads the page's data, and closes the dialog {@code widget} only on
     * success, so that a refusal is read beside the reason typed.
     */
    void executer(String regle, BiPredicate<A, String> faire, Runnable recharger, String widget) {
        A choisie = aExecuter(regle);
        if (choisie == null) {
            return;
        }
        boolean fait = faire.test(choisie, motif);
        recharger.run();
        if (fait) {
            PrimeFaces.current().executeScript("PF('" + widget + "').hide()");
        }
    }

    Long habilitationId() {
        return habilitationId;
    }

    public A getAction() {
        return action;
    }

    public String getLibelle() {
        return action == null ? null : libelles.get(action);
    }

    public String getMotif() {
        return motif;
    }

    public void setMotif(String motif) {
        this.motif = motif;
    }
}

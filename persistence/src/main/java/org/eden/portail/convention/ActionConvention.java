package org.eden.portail.convention;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to a convention, and from which statuses: the one table of R-CONV-3 (its
 * lifecycle), R-CONV-4 (accounts linked at validation), R-CONV-7 (bulletins and quotas) and
 * R-CONV-8 (suspension), R-CONV-10 (the administrateur partenaire and suppléant replaced). {@link Convention}'s guards read it, and so does the convention page
 * (through {@link Convention#actionsPossibles()}), so that a button shows exactly when the
 * aggregate would accept the action. The other conditions of an action (four eyes, the
 * administrateur's account, a reason, a quota never below its use) stay in the aggregate's
 * methods and are refused there, by rule.
 */
public enum ActionConvention {
    /** R-CONV-7: a draft's bulletins change until it is submitted. */
    FIXER_QUOTA("R-CONV-7", StatutConvention.BROUILLON),
    SOUMETTRE("R-CONV-3", StatutConvention.BROUILLON),
    VALIDER("R-CONV-3", StatutConvention.A_VERIFIER),
    REJETER("R-CONV-3", StatutConvention.A_VERIFIER),
    /** R-CONV-4: the accounts of the administrateur and suppléant are created at validation. */
    RATTACHER_COMPTES("R-CONV-4", StatutConvention.VALIDEE),
    ACTIVER("R-CONV-3", StatutConvention.VALIDEE),
    SUSPENDRE("R-CONV-8", StatutConvention.ACTIVE),
    REACTIVER("R-CONV-8", StatutConvention.SUSPENDUE),
    CLOTURER("R-CONV-3", StatutConvention.ACTIVE, StatutConvention.SUSPENDUE),
    /** R-CONV-6 closes first: the same statuses as the closure. */
    CLOTURER_ET_RECREER("R-CONV-3", StatutConvention.ACTIVE, StatutConvention.SUSPENDUE),
    /** R-CONV-10: the administrateur partenaire or suppléant replaced by the Caf while the convention is in force. */
    REMPLACER_ADMINISTRATEUR("R-CONV-10", StatutConvention.VALIDEE, StatutConvention.ACTIVE, StatutConvention.SUSPENDUE),
    RETIRER_SUPPLEANT("R-CONV-10", StatutConvention.VALIDEE, StatutConvention.ACTIVE, StatutConvention.SUSPENDUE),
    /** R-CONV-7: a quota decided by the Caf, at any time before the closure. */
    MODIFIER_QUOTA("R-CONV-7", StatutConvention.BROUILLON, StatutConvention.A_VERIFIER, StatutConvention.VALIDEE,
            StatutConvention.ACTIVE, StatutConvention.SUSPENDUE);

    private final String regle;
    private final Set<StatutConvention> depuis;

    ActionConvention(String regle, StatutConvention premier, StatutConvention... autres) {
        this.regle = regle;
        this.depuis = EnumSet.of(premier, autres);
    }

    /** The rule a refusal of this action from a wrong status names. */
    public String getRegle() {
        return regle;
    }

    public boolean possibleDepuis(StatutConvention statut) {
        return depuis.contains(statut);
    }

    /** The actions a convention in this status allows. */
    public static Set<ActionConvention> possiblesDepuis(StatutConvention statut) {
        Set<ActionConvention> possibles = EnumSet.noneOf(ActionConvention.class);
        for (ActionConvention action : values()) {
            if (action.possibleDepuis(statut)) {
                possibles.add(action);
            }
        }
        return possibles;
    }
}

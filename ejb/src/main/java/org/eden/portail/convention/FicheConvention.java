package org.eden.portail.convention;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The convention page (R-CONV-9): the convention, its bulletins with the use of each quota, and
 * the actions its status allows, as the aggregate says (R-CONV-3, R-CONV-7, R-CONV-8).
 */
public record FicheConvention(ConventionVue convention, String siret, String typeOrganisme, List<LigneQuota> quotas,
                              Set<ActionConvention> actionsPossibles) implements Serializable {

    public FicheConvention {
        quotas = List.copyOf(quotas);
        actionsPossibles = Set.copyOf(actionsPossibles);
    }

    /** Whether the convention's status allows this action ({@link Convention#actionsPossibles()}). */
    public boolean permet(ActionConvention action) {
        return actionsPossibles.contains(action);
    }
}

package org.eden.portail.convention;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The convention page (R-CONV-9): the convention, its bulletins with the use of each quota, and
 * the actions its status allows, as the aggregate says (R-CONV-3, R-CONV-7, R-CONV-8).
 */
public final class FicheConvention implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ConventionVue convention;
    private final String siret;
    private final String typeOrganisme;
    private final List<LigneQuota> quotas;
    private final Set<ActionConvention> actionsPossibles;

    FicheConvention(ConventionVue convention, String siret, String typeOrganisme, List<LigneQuota> quotas,
                    Set<ActionConvention> actionsPossibles) {
        this.convention = convention;
        this.siret = siret;
        this.typeOrganisme = typeOrganisme;
        this.quotas = List.copyOf(quotas);
        this.actionsPossibles = Set.copyOf(actionsPossibles);
    }

    /** Whether the convention's status allows this action ({@link Convention#actionsPossibles()}). */
    public boolean permet(ActionConvention action) {
        return actionsPossibles.contains(action);
    }

    public ConventionVue getConvention() {
        return convention;
    }

    public String getSiret() {
        return siret;
    }

    public String getTypeOrganisme() {
        return typeOrganisme;
    }

    public List<LigneQuota> getQuotas() {
        return quotas;
    }
}

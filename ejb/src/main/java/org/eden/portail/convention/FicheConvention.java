package org.eden.portail.convention;

import java.io.Serializable;
import java.util.List;

/** The convention page (R-CONV-9): the convention and its bulletins with the use of each quota. */
public final class FicheConvention implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ConventionVue convention;
    private final String siret;
    private final String typeOrganisme;
    private final List<LigneQuota> quotas;

    FicheConvention(ConventionVue convention, String siret, String typeOrganisme, List<LigneQuota> quotas) {
        this.convention = convention;
        this.siret = siret;
        this.typeOrganisme = typeOrganisme;
        this.quotas = List.copyOf(quotas);
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

package org.eden.portail.shared;

import java.io.Serializable;

/** A partner organisation as lists and the API show it. */
public record OrganismeResume(Long id, String nom, String type, String siret, String commune, String codeCaf)
        implements Serializable {

    public static OrganismeResume de(OrganismePartenaire o) {
        return new OrganismeResume(o.getId(), o.getNom(), o.getType().getLibelle(), o.getSiret(),
                o.getAdresse() == null ? null : o.getAdresse().getCommune(), o.getCaf().getCode());
    }
}

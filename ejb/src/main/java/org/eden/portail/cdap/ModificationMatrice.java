package org.eden.portail.cdap;

import org.eden.portail.trace.ResultatTracable;

import java.io.Serializable;

/** A changed cell of the matrix, traced with what it was and what it became. */
public record ModificationMatrice(String profil, SectionDossier section, Acces avant, Acces apres)
        implements ResultatTracable, Serializable {

    @Override
    public String detailTrace() {
        return section + " : " + avant + " -> " + apres;
    }
}

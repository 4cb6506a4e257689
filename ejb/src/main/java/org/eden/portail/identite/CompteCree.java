package org.eden.portail.identite;

import org.eden.portail.trace.ResultatTracable;

import java.io.Serializable;

/**
 * The outcome of "create a user account": the identifier, and whether it is new (false when the
 * person already had an account in this organisation, who then gets no new credentials, R-HAB-9).
 */
public record CompteCree(String identifiant, boolean nouveau) implements Serializable, ResultatTracable {

    @Override
    public String cibleTrace() {
        return identifiant;
    }

    @Override
    public String detailTrace() {
        return nouveau ? null : "COMPTE_EXISTANT";
    }
}

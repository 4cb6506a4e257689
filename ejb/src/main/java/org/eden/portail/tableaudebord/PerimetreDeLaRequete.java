package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller's scope, derived once per request: an API call derives it for its ETag and again in
 * the service, and each derivation asks the realm six times (one per profile), with the
 * authorization cache off so that a withdrawn right counts at once. Same request, same caller,
 * same rights: the second derivation is this one.
 */
@RequestScoped
public class PerimetreDeLaRequete {

    private Object principal;
    private Perimetre perimetre;

    Perimetre pour(Object principal) {
        return principal.equals(this.principal) ? perimetre : null;
    }

    void retenir(Object principal, Perimetre perimetre) {
        this.principal = principal;
        this.perimetre = perimetre;
    }
}

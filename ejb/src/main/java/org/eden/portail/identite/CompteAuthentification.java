package org.eden.portail.identite;

import java.io.Serializable;
import java.util.Set;

/**
 * What the realm needs to know of an account to authorise it: no entity leaves the transaction,
 * no password hash leaves the service, and nothing of this is kept in the HTTP session.
 */
public record CompteAuthentification(String identifiant,
                                     StatutCompte statut,
                                     Set<RoleCaf> rolesCaf,
                                     String codeCaf,
                                     Long organismeId) implements Serializable {
}

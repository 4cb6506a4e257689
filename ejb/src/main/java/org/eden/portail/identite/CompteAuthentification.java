package org.eden.portail.identite;

import java.io.Serializable;
import java.util.Set;

/**
 * What the realm needs to know of an account to authenticate and authorise it: no entity leaves
 * the transaction, and nothing of this is kept in the HTTP session but the identifier.
 */
public record CompteAuthentification(String identifiant,
                                     String motDePasseHash,
                                     StatutCompte statut,
                                     Set<RoleCaf> rolesCaf,
                                     String codeCaf,
                                     Long organismeId) implements Serializable {
}

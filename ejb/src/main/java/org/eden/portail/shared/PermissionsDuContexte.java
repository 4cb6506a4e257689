package org.eden.portail.shared;

import java.util.Set;

/**
 * What one bounded context grants an account, in Shiro permissions. Each context (identite,
 * convention, habilitation, cdap, trace, incident) implements it once, in its own package and with
 * its own permission constants; the realm (identite.EdenRealm) assembles them all and knows none of
 * them. A new context (AFAS, Tableau de bord) adds its permissions by adding one implementation,
 * touching no other context.
 * <p>
 * It lives in shared, not in identite, because trace must implement it too and identite already
 * depends on trace (every service is {@code @ActionTracee}): shared is the one package below all.
 * Implementations are CDI beans with no state and no database access of their own: everything
 * they may read is in the {@link Habilitant}, computed once per request by the realm.
 */
public interface PermissionsDuContexte {

    Set<String> permissionsDe(Habilitant habilitant);
}

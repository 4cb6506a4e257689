package org.eden.portail.identite;

import org.apache.shiro.authz.permission.WildcardPermission;
import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Habilitant;

import java.util.Set;

/** The accounts and the Shiro check the permission tests of every context share. */
public final class Comptes {

    private Comptes() {
    }

    /** Whether the permissions let Shiro grant the one asked for (wildcards and prefixes included). */
    public static boolean permet(Set<String> permissions, String demandee) {
        return permissions.stream().anyMatch(p -> new WildcardPermission(p).implies(new WildcardPermission(demandee)));
    }

    /** A Caf agent of Caf 271 with one role (the agent Cnaf has no Caf), as the realm hands it to the contexts. */
    public static Habilitant agent(RoleCaf role) {
        return PermissionsPortail.habilitant(new CompteAuthentification("X", StatutCompte.ACTIF, Set.of(role),
                role == RoleCaf.AGENT_CNAF ? null : "271", null), DroitsPartenaire.aucun(null));
    }

    /** A user of partner organisation {@code organismeId}, no Caf role, with these partner rights. */
    public static Habilitant partenaire(Long organismeId, DroitsPartenaire droits) {
        return PermissionsPortail.habilitant(new CompteAuthentification("X", StatutCompte.ACTIF, Set.of(), null, organismeId), droits);
    }
}

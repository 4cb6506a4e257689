package org.eden.portail.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;

/**
 * The account whose permissions the contexts derive ({@link PermissionsDuContexte}): its identity
 * side, as identite reads it, and its partner side, as habilitation reads it.
 *
 * @param rolesCaf    the names of its identite.RoleCaf (names, because shared sees no context)
 * @param codeCaf     the Caf of a Caf agent; null for the Cnaf and for a partner's user
 * @param organismeId the partner organisation of a partner user, else null
 * @param partenaire  never null: {@link DroitsPartenaire#aucun} for an account with no partner rights
 */
public record Habilitant(String identifiant,
                         Set<String> rolesCaf,
                         String codeCaf,
                         Long organismeId,
                         DroitsPartenaire partenaire) implements Serializable {

    public Habilitant {
        rolesCaf = rolesCaf == null ? Set.of() : Set.copyOf(rolesCaf);
        partenaire = partenaire == null ? DroitsPartenaire.aucun(organismeId) : partenaire;
    }

    public boolean aLeRole(String roleCaf) {
        return rolesCaf.contains(roleCaf);
    }

    /** An agent of a Caf ({@link #codeCaf} set) holding {@code roleCaf}: a role that acts on its Caf's scope. */
    public boolean agentCafAvecLeRole(String roleCaf) {
        return codeCaf != null && aLeRole(roleCaf);
    }

    public boolean aUnDesRoles(String... rolesCaf) {
        return Arrays.stream(rolesCaf).anyMatch(this::aLeRole);
    }
}

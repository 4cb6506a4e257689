package org.eden.portail.identite;

import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionsDuContexte;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Shiro permissions of an account: the union of what each context grants it
 * ({@link PermissionsDuContexte}). This class knows no permission of its own and no context: the
 * strings and their derivations live with the context that checks them (PermissionsConventions,
 * PermissionsHabilitations, PermissionsCdap, PermissionsTraces, PermissionsIncidents,
 * {@link PermissionsIdentite}). Permissions are scoped by the Caf code or the organisation id
 * ({@code partenaire:consulter:271}) so that a service can check that what it touches is the
 * caller's, whatever ids a request carries.
 */
public final class PermissionsPortail {

    private PermissionsPortail() {
    }

    /** The union of what each context grants, whichever contexts the deployment holds. */
    public static Set<String> assembler(Iterable<? extends PermissionsDuContexte> contextes, Habilitant habilitant) {
        Set<String> permissions = new LinkedHashSet<>();
        for (PermissionsDuContexte contexte : contextes) {
            permissions.addAll(contexte.permissionsDe(habilitant));
        }
        return permissions;
    }

    /** The account as the contexts see it: its roles by name, its Caf, its organisation, its partner side. */
    public static Habilitant habilitant(CompteAuthentification compte, DroitsPartenaire partenaire) {
        return new Habilitant(compte.identifiant(),
                compte.rolesCaf().stream().map(Enum::name).collect(Collectors.toSet()),
                compte.codeCaf(), compte.organismeId(), partenaire);
    }
}

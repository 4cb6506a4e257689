package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionsDuContexte;

import java.util.LinkedHashSet;
import java.util.Set;

/** The permissions of the identite context: one's own account, and the accounts of a Caf's partners. */
@ApplicationScoped
public class PermissionsIdentite implements PermissionsDuContexte {

    public static final String COMPTE_CONSULTER = "compte:consulter";
    /** R-HAB-7: suspend, force a password change… on the accounts of a Caf's partners ({@code compte:gerer:<caf>}). */
    public static final String COMPTE_GERER = "compte:gerer";

    @Override
    public Set<String> permissionsDe(Habilitant compte) {
        Set<String> permissions = new LinkedHashSet<>();
        permissions.add(COMPTE_CONSULTER);
        if (compte.aLeRole(RoleCaf.ADMINISTRATEUR_CAF.name())) {
            permissions.add(gererComptesDe(compte.codeCaf()));
        }
        return permissions;
    }

    public static String gererComptesDe(String codeCaf) {
        return COMPTE_GERER + ":" + codeCaf;
    }
}

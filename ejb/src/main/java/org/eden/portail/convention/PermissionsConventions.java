package org.eden.portail.convention;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionPortee;
import org.eden.portail.shared.PermissionsDuContexte;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The permissions of the convention context: the Caf's staff on its partners and their conventions
 * (R-CONV-3, §2), scoped by the Caf code.
 */
@ApplicationScoped
public class PermissionsConventions implements PermissionsDuContexte {

    public static final PermissionPortee PARTENAIRE_CONSULTER = new PermissionPortee("partenaire:consulter");
    /** Record, submit, suspend, reactivate, close conventions, change their quotas (administrateur Caf). */
    public static final PermissionPortee CONVENTION_ENREGISTRER = new PermissionPortee("convention:enregistrer");
    /** Validate or reject a convention (vérificateur Caf: the a priori control). */
    public static final PermissionPortee CONVENTION_VERIFIER = new PermissionPortee("convention:verifier");
    public static final PermissionPortee CONVENTION_CONSULTER = new PermissionPortee("convention:consulter");
    /**
     * The screens a role opens, for the menu and the home tiles only (not scoped: a tile shows for
     * any Caf). The services behind them check the Caf-scoped permissions above.
     */
    public static final String ECRAN_CONVENTIONS = "ecran:conventions";
    public static final String ECRAN_A_VERIFIER = "ecran:conventions-a-verifier";
    public static final String ECRAN_PARTENAIRES = "ecran:partenaires";

    @Override
    public Set<String> permissionsDe(Habilitant habilitant) {
        Set<String> permissions = new LinkedHashSet<>();
        String caf = habilitant.codeCaf();
        for (String role : habilitant.rolesCaf()) {
            switch (RoleCaf.valueOf(role)) {
                case ADMINISTRATEUR_CAF -> {
                    lecture(permissions, caf);
                    permissions.add(CONVENTION_ENREGISTRER.sur(caf));
                }
                case VERIFICATEUR_CAF -> {
                    lecture(permissions, caf);
                    permissions.add(CONVENTION_VERIFIER.sur(caf));
                    permissions.add(ECRAN_A_VERIFIER);
                }
                // A posteriori control: reads everything of the Caf, changes nothing.
                case SUPERVISEUR_CAF -> lecture(permissions, caf);
                // National dashboards and aggregates only: a Caf's partners and conventions are
                // partner data, which the Cnaf never reads (§2).
                case AGENT_CNAF -> { }
            }
        }
        return permissions;
    }

    /** What the Caf's administrateur, vérificateur and superviseur share: reading its partners and conventions, and their screens. */
    private static void lecture(Set<String> permissions, String caf) {
        permissions.add(PARTENAIRE_CONSULTER.sur(caf));
        permissions.add(CONVENTION_CONSULTER.sur(caf));
        permissions.add(ECRAN_CONVENTIONS);
        permissions.add(ECRAN_PARTENAIRES);
    }
}

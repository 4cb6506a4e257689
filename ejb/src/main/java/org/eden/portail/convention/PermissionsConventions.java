package org.eden.portail.convention;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionsDuContexte;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The permissions of the convention context: the Caf's staff on its partners and their conventions
 * (R-CONV-3, §2), scoped by the Caf code.
 */
@ApplicationScoped
public class PermissionsConventions implements PermissionsDuContexte {

    public static final String PARTENAIRE_CONSULTER = "partenaire:consulter";
    /** Record, submit, suspend, reactivate, close conventions, change their quotas (administrateur Caf). */
    public static final String CONVENTION_ENREGISTRER = "convention:enregistrer";
    /** Validate or reject a convention (vérificateur Caf: the a priori control). */
    public static final String CONVENTION_VERIFIER = "convention:verifier";
    public static final String CONVENTION_CONSULTER = "convention:consulter";
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
                    permissions.add(consulterPartenairesDe(caf));
                    permissions.add(enregistrerConventionsDe(caf));
                    permissions.add(consulterConventionsDe(caf));
                    permissions.add(ECRAN_CONVENTIONS);
                    permissions.add(ECRAN_PARTENAIRES);
                }
                case VERIFICATEUR_CAF -> {
                    permissions.add(consulterPartenairesDe(caf));
                    permissions.add(verifierConventionsDe(caf));
                    permissions.add(consulterConventionsDe(caf));
                    permissions.add(ECRAN_CONVENTIONS);
                    permissions.add(ECRAN_A_VERIFIER);
                    permissions.add(ECRAN_PARTENAIRES);
                }
                case SUPERVISEUR_CAF -> {
                    // A posteriori control: reads everything of the Caf, changes nothing.
                    permissions.add(consulterPartenairesDe(caf));
                    permissions.add(consulterConventionsDe(caf));
                    permissions.add(ECRAN_CONVENTIONS);
                    permissions.add(ECRAN_PARTENAIRES);
                }
                // National dashboards and aggregates only: a Caf's partners and conventions are
                // partner data, which the Cnaf never reads (§2).
                case AGENT_CNAF -> { }
            }
        }
        return permissions;
    }

    public static String consulterPartenairesDe(String codeCaf) {
        return PARTENAIRE_CONSULTER + ":" + codeCaf;
    }

    public static String enregistrerConventionsDe(String codeCaf) {
        return CONVENTION_ENREGISTRER + ":" + codeCaf;
    }

    public static String verifierConventionsDe(String codeCaf) {
        return CONVENTION_VERIFIER + ":" + codeCaf;
    }

    public static String consulterConventionsDe(String codeCaf) {
        return CONVENTION_CONSULTER + ":" + codeCaf;
    }
}

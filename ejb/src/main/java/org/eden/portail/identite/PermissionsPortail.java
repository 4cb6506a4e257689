package org.eden.portail.identite;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Shiro permissions an account holds, derived in one place from its roles. Permissions are
 * scoped by the Caf code ({@code partenaire:consulter:271}) so that a service can check that the
 * object it touches belongs to the caller's Caf, whatever ids a request carries.
 */
public final class PermissionsPortail {

    public static final String COMPTE_CONSULTER = "compte:consulter";
    public static final String PARTENAIRE_CONSULTER = "partenaire:consulter";
    public static final String COMPTE_GERER = "compte:gerer";
    /** Record, submit, suspend, reactivate, close conventions, change their quotas (administrateur Caf). */
    public static final String CONVENTION_ENREGISTRER = "convention:enregistrer";
    /** Validate or reject a convention (vérificateur Caf: the a priori control). */
    public static final String CONVENTION_VERIFIER = "convention:verifier";
    public static final String CONVENTION_CONSULTER = "convention:consulter";
    /** Verify the integrity of the trace chain (R-TRACE-1): the Caf's superviseurs and administrateurs. */
    public static final String TRACE_VERIFIER = "trace:verifier";
    /** CDAP: consult beneficiary files; held while the habilitations give the account a CDAP profile (R-CDAP-1). */
    public static final String CDAP_CONSULTER = "cdap:consulter";
    /** CDAP: edit the profile × section matrix (R-CDAP-7), administrateurs Caf. */
    public static final String CDAP_MATRICE_MODIFIER = "cdap:matrice:modifier";

    private PermissionsPortail() {
    }

    public static Set<String> de(CompteAuthentification compte) {
        Set<String> permissions = new LinkedHashSet<>();
        permissions.add(COMPTE_CONSULTER);
        for (RoleCaf role : compte.rolesCaf()) {
            switch (role) {
                case ADMINISTRATEUR_CAF -> {
                    permissions.add(PARTENAIRE_CONSULTER + ":" + compte.codeCaf());
                    permissions.add(COMPTE_GERER + ":" + compte.codeCaf());
                    permissions.add(CONVENTION_ENREGISTRER + ":" + compte.codeCaf());
                    permissions.add(CONVENTION_CONSULTER + ":" + compte.codeCaf());
                    permissions.add(TRACE_VERIFIER);
                    permissions.add(CDAP_MATRICE_MODIFIER);
                }
                case VERIFICATEUR_CAF -> {
                    permissions.add(PARTENAIRE_CONSULTER + ":" + compte.codeCaf());
                    permissions.add(CONVENTION_VERIFIER + ":" + compte.codeCaf());
                    permissions.add(CONVENTION_CONSULTER + ":" + compte.codeCaf());
                }
                case SUPERVISEUR_CAF -> {
                    // A posteriori control: reads everything of the Caf, changes nothing.
                    permissions.add(PARTENAIRE_CONSULTER + ":" + compte.codeCaf());
                    permissions.add(CONVENTION_CONSULTER + ":" + compte.codeCaf());
                    permissions.add(TRACE_VERIFIER);
                }
                // National dashboards only: a Caf's conventions are partner data (DOMAIN.md §2).
                case AGENT_CNAF -> permissions.add(PARTENAIRE_CONSULTER + ":*");
            }
        }
        return permissions;
    }

    /** R-CDAP-1: what CDAP profiles held today add to an account's permissions. */
    public static Set<String> deProfilsCdap(java.util.List<String> profils) {
        return profils.isEmpty() ? Set.of() : Set.of(CDAP_CONSULTER);
    }

    /** R-HAB-7: suspend, force a password change… on the accounts of a Caf's partners. */
    public static String gererComptesDe(String codeCaf) {
        return COMPTE_GERER + ":" + codeCaf;
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

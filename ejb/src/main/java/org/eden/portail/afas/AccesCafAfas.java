package org.eden.portail.afas;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;

/**
 * The Caf side of AFAS checks one permission scoped by the Caf of what is acted on (loaded, never
 * a request's word): a forged id of another Caf's declaration is refused naming the right.
 */
final class AccesCafAfas {

    private AccesCafAfas() {
    }

    /** R-AFAS-7: reads the Caf's campaigns, declarations, late list (gestionnaire, administrateur, superviseur). */
    static void exigerSuivi(String codeCaf) {
        exiger(PermissionsAfas.SUIVRE.sur(codeCaf), "R-AFAS-7 : seuls les agents de la Caf " + codeCaf + " suivent ses déclarations AFAS");
    }

    /** R-AFAS-7: sets the Caf's campaigns (gestionnaire AFAS, administrateur). */
    static void exigerCampagnes(String codeCaf) {
        exiger(PermissionsAfas.CAMPAGNES.sur(codeCaf), "R-AFAS-7 : seul un gestionnaire AFAS ou l'administrateur de la Caf " + codeCaf
                + " règle ses campagnes");
    }

    /** R-AFAS-5: receives, sends back, validates (the gestionnaire AFAS; the superviseur reads only). */
    static void exigerInstruction(String codeCaf) {
        exiger(PermissionsAfas.INSTRUIRE.sur(codeCaf), "R-AFAS-5 : seul un gestionnaire AFAS de la Caf " + codeCaf
                + " reçoit, renvoie pour correction ou valide ses déclarations");
    }

    /** R-HAB-13: reads the feed of the changes of AFAS role holders and équipement assignments (gestionnaire AFAS, superviseur). */
    static void exigerChangements(String codeCaf) {
        exiger(PermissionsAfas.CHANGEMENTS.sur(codeCaf), "R-HAB-13 : seuls les gestionnaires AFAS et le superviseur de la Caf " + codeCaf
                + " lisent les changements de ses partenaires");
    }

    private static void exiger(String permission, String refus) {
        if (permission.endsWith(":null") || !SecurityUtils.getSubject().isPermitted(permission)) {
            throw new AuthorizationException(refus + " (" + permission + ").");
        }
    }
}

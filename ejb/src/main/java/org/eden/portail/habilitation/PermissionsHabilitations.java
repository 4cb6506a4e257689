package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionPortee;
import org.eden.portail.shared.PermissionsAccordees;
import org.eden.portail.shared.PermissionsDuContexte;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The permissions of the habilitation context: the partner's managers on their organisation
 * (R-HAB-5), the Caf's powers (R-HAB-7), the reverse review (R-HAB-8), the import (R-HAB-10), and
 * the roles of the services that have no context yet (AFAS, Tableau de bord).
 */
@ApplicationScoped
public class PermissionsHabilitations implements PermissionsDuContexte {

    /**
     * Manage the habilitations of one organisation ({@code habilitation:gerer:<organismeId>}):
     * the administrateur partenaire, his suppléant and the responsables des habilitations while the
     * partner manages them itself; a responsable's sub-tree is checked by the services (R-HAB-5).
     */
    public static final PermissionPortee HABILITATION_GERER = new PermissionPortee("habilitation:gerer");
    /** The administrateur partenaire and suppléant only: the whole organisation (root groups, responsables). */
    public static final PermissionPortee HABILITATION_ADMINISTRER = new PermissionPortee("habilitation:administrer");
    /**
     * The habilitation screens, for the menu and the home tiles only: the partner's managers
     * (group tree, users) and the Caf's administrateur (R-HAB-7 back office). The services behind
     * them check the scoped permissions.
     */
    public static final String ECRAN_HABILITATIONS = "ecran:habilitations";
    public static final String ECRAN_HABILITATIONS_CAF = "ecran:habilitations-caf";

    /** Open the year's campaign of reverse review for the Caf's partners (administrateur Caf). */
    public static final PermissionPortee REVUE_OUVRIR = new PermissionPortee("revue:ouvrir");
    /** Follow the partners' reviews of a Caf (superviseur and administrateur Caf): {@code revue:suivre:<caf>}. */
    public static final PermissionPortee REVUE_SUIVRE = new PermissionPortee("revue:suivre");
    /**
     * Menu entries only, in their own "menu" domain: a shorter Shiro permission implies every longer
     * one ({@code revue:suivre} would open {@code revue:suivre:<any Caf>}), so they never share a prefix
     * with a checked permission. The services check the scoped ones.
     */
    public static final String MENU_REVUE_SUIVRE = "menu:revue:suivre";
    /** Lead one's organisation's review (administrateur partenaire, suppléant): the menu entry. */
    public static final String REVUE_MENER = "menu:revue:mener";
    /** Import users from a file (R-HAB-10): the menu entry; the services check {@code habilitation:gerer:<id>}. */
    public static final String IMPORT_UTILISATEURS = "menu:habilitation:importer";

    /**
     * Tableau de bord profiles ({@code tdb:agent_caf}…), granted here until that context takes them
     * over in its PermissionsDuContexte, as the AFAS context did with its roles (PermissionsAfas).
     */
    public static final String TABLEAU_DE_BORD = "tdb";

    @Override
    public Set<String> permissionsDe(Habilitant habilitant) {
        Set<String> permissions = new LinkedHashSet<>(deLaCaf(habilitant));
        permissions.addAll(duPartenaire(habilitant.partenaire()));
        return permissions;
    }

    /** R-HAB-7, R-HAB-8: the Caf side. */
    static Set<String> deLaCaf(Habilitant compte) {
        return new PermissionsAccordees()
                .si(compte.aLeRole(RoleCaf.ADMINISTRATEUR_CAF.name()), ECRAN_HABILITATIONS_CAF, REVUE_OUVRIR.sur(compte.codeCaf()))
                .si(compte.aUnDesRoles(RoleCaf.ADMINISTRATEUR_CAF.name(), RoleCaf.SUPERVISEUR_CAF.name()),
                        MENU_REVUE_SUIVRE, REVUE_SUIVRE.sur(compte.codeCaf()))
                .ensemble();
    }

    /**
     * The partner side, drawn from the effective habilitations (the one source of the menu, the
     * home tiles and the service checks). A user in no group gets none: he logs in and sees no
     * service.
     */
    static Set<String> duPartenaire(DroitsPartenaire droits) {
        boolean gereLuiMeme = droits.gestionDeleguee() && droits.organismeId() != null;
        return new PermissionsAccordees()
                .si(gereLuiMeme && droits.gestionnaire(), HABILITATION_GERER.sur(droits.organismeId()), ECRAN_HABILITATIONS, IMPORT_UTILISATEURS)
                .si(gereLuiMeme && droits.administrateur(), HABILITATION_ADMINISTRER.sur(droits.organismeId()), REVUE_MENER)
                .toutes(droits.profilsDuService(ServiceCatalogue.TABLEAU_DE_BORD).stream()
                        .map(profil -> PermissionsAccordees.profil(TABLEAU_DE_BORD, profil)).toList())
                .ensemble();
    }
}

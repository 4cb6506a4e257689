package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionsAccordees;
import org.eden.portail.shared.PermissionsDuContexte;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The permissions of the Tableau de bord (R-TDB-1, R-TDB-4). The profiles come from two sides:
 * <ul>
 * <li>partners: the TDB profiles of their habilitations ({@code TDB:AGENT_CONSEIL_DEPARTEMENTAL}…),
 * which the bulletin of their convention grants;</li>
 * <li>the Caf's and Cnaf's staff: a Caf's agents (administrateur, vérificateur, superviseur) read
 * the dashboards as Agent CAF, the Cnaf's agents as Agent CNAF — the back office has no separate
 * TDB role ({@code identite.RoleCaf}), so the role held is the TDB profile's organisation.</li>
 * </ul>
 * The Cnaf's agents alone load the figures (R-TDB-6). The menu's and the home's markers live in
 * the {@code menu} domain: a shorter Shiro permission would imply every longer one.
 */
@ApplicationScoped
public class PermissionsTableauDeBord implements PermissionsDuContexte {

    public static final String TABLEAU_DE_BORD = "tdb";
    /** The service's code in the catalogue and in the partner's rights (convention.ServiceCatalogue). */
    static final String SERVICE = "TDB";

    /** Load a vintage's file (R-TDB-6): the Cnaf's agents. */
    public static final String IMPORTER = "tdbimport:charger";

    public static final String MENU_OFFRE = "menu:tdb:offre";
    public static final String MENU_ELISA = "menu:tdb:elisa";
    public static final String MENU_PRESTATIONS = "menu:tdb:prestations";
    public static final String MENU_IMPORT = "menu:tdb:import";

    /**
     * R-TDB-2: the supervision of an organisation (its administrateur partenaire and suppléant),
     * of a Caf's partners (its administrateur and superviseur), of every Caf (the Cnaf).
     */
    public static final String SUPERVISION_ORGANISME = "supervision:organisme:";
    public static final String SUPERVISION_CAF = "supervision:caf:";
    public static final String SUPERVISION_NATIONALE = "supervision:national";
    /** R-TDB-7: the alerts of an organisation (administrateur partenaire) or of a Caf's partners (superviseur). */
    public static final String ALERTES_ORGANISME = "alertes:organisme:";
    public static final String ALERTES_CAF = "alertes:caf:";
    /** R-TDB-7: the Caf sets its alert thresholds (its administrateur and superviseur). */
    public static final String SEUILS_ALERTES = "alertes:seuils:";
    public static final String MENU_SUPERVISION = "menu:tdb:supervision";
    public static final String MENU_ALERTES = "menu:tdb:alertes";

    @Override
    public Set<String> permissionsDe(Habilitant habilitant) {
        Set<String> permissions = permissionsElisa(habilitant);
        permissions.addAll(permissionsSupervision(habilitant));
        return permissions;
    }

    static Set<String> permissionsSupervision(Habilitant habilitant) {
        Long organisme = habilitant.partenaire().organismeId();
        boolean administrateurPartenaire = habilitant.partenaire().administrateur() && organisme != null;
        String caf = habilitant.codeCaf();
        boolean administrateurCaf = habilitant.agentCafAvecLeRole(RoleCaf.ADMINISTRATEUR_CAF.name());
        boolean superviseurCaf = habilitant.agentCafAvecLeRole(RoleCaf.SUPERVISEUR_CAF.name());
        boolean cnaf = habilitant.aLeRole(RoleCaf.AGENT_CNAF.name());
        return new PermissionsAccordees()
                .si(administrateurPartenaire, SUPERVISION_ORGANISME + organisme, ALERTES_ORGANISME + organisme, MENU_ALERTES)
                .si(administrateurCaf || superviseurCaf, SUPERVISION_CAF + caf, SEUILS_ALERTES + caf)
                .si(superviseurCaf, ALERTES_CAF + caf, MENU_ALERTES)
                .si(cnaf, SUPERVISION_NATIONALE)
                // The menu entry for whoever got one of the supervision:… permissions above.
                .si(administrateurPartenaire || administrateurCaf || superviseurCaf || cnaf, MENU_SUPERVISION)
                .ensemble();
    }

    private static Set<String> permissionsElisa(Habilitant habilitant) {
        Set<ProfilTdb> profils = profils(habilitant);
        return new PermissionsAccordees()
                .toutes(profils.stream().map(ProfilTdb::permission).toList())
                .si(!profils.isEmpty(), MENU_OFFRE, MENU_ELISA)
                .si(profils.stream().anyMatch(ProfilTdb::voitPrestationsLegales), MENU_PRESTATIONS)
                .si(habilitant.aLeRole(RoleCaf.AGENT_CNAF.name()), IMPORTER, MENU_IMPORT)
                .ensemble();
    }

    static Set<ProfilTdb> profils(Habilitant habilitant) {
        Set<ProfilTdb> profils = EnumSet.noneOf(ProfilTdb.class);
        if (habilitant.aLeRole(RoleCaf.AGENT_CNAF.name())) {
            profils.add(ProfilTdb.AGENT_CNAF);
        }
        if (habilitant.codeCaf() != null && habilitant.aUnDesRoles(RoleCaf.ADMINISTRATEUR_CAF.name(),
                RoleCaf.VERIFICATEUR_CAF.name(), RoleCaf.SUPERVISEUR_CAF.name())) {
            profils.add(ProfilTdb.AGENT_CAF);
        }
        for (String profil : habilitant.partenaire().profilsDuService(SERVICE)) {
            try {
                profils.add(ProfilTdb.valueOf(profil.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException inconnu) {
                // A profile the catalogue would add later opens nothing here until it is described.
            }
        }
        return profils;
    }
}

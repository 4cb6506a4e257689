package org.eden.portail.incident;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionPortee;
import org.eden.portail.shared.PermissionsDuContexte;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The permissions of the incident context (R-INC-1, R-INC-2): a partner's habilitation managers
 * file incidents; the Caf's administrateurs handle the desk and post notices; its superviseurs
 * read the desk.
 */
@ApplicationScoped
public class PermissionsIncidents implements PermissionsDuContexte {

    /** R-INC-1: a partner files incidents ({@code incident:declarer:<organisme id>}). */
    public static final PermissionPortee INCIDENT_DECLARER = new PermissionPortee("incident:declarer");
    /** R-INC-1: the Caf's desk assigns, comments, resolves ({@code incident:traiter:<caf>}). */
    public static final PermissionPortee INCIDENT_TRAITER = new PermissionPortee("incident:traiter");
    /** R-INC-1: reads the desk's incidents ({@code incident:consulter:<caf>}). */
    public static final PermissionPortee INCIDENT_CONSULTER = new PermissionPortee("incident:consulter");
    /** R-INC-2: posts maintenance notices ({@code maintenance:publier:<caf>}). */
    public static final PermissionPortee MAINTENANCE_PUBLIER = new PermissionPortee("maintenance:publier");
    /** Screens of the menu: never a prefix of a scoped permission (Shiro would read it as "all"). */
    public static final String ECRAN_INCIDENTS_PARTENAIRE = "ecran:incidents-partenaire";
    public static final String ECRAN_GUICHET_INCIDENTS = "ecran:guichet-incidents";
    public static final String ECRAN_MAINTENANCE = "ecran:maintenance";

    @Override
    public Set<String> permissionsDe(Habilitant habilitant) {
        Set<String> permissions = new LinkedHashSet<>();
        DroitsPartenaire partenaire = habilitant.partenaire();
        String caf = habilitant.codeCaf();
        // R-INC-1, its one implementation: every habilitation manager of the partner
        // (administrateur, suppléant, responsable) files incidents, whoever manages the
        // habilitations now — a reprise en main by the Caf does not silence the partner.
        if (partenaire.gestionnaire()) {
            permissions.add(INCIDENT_DECLARER.sur(partenaire.organismeId()));
            permissions.add(ECRAN_INCIDENTS_PARTENAIRE);
        }
        if (caf != null) {
            if (habilitant.aLeRole(RoleCaf.SUPERVISEUR_CAF.name())) {
                permissions.add(INCIDENT_CONSULTER.sur(caf));
                permissions.add(ECRAN_GUICHET_INCIDENTS);
            }
            if (habilitant.aLeRole(RoleCaf.ADMINISTRATEUR_CAF.name())) {
                permissions.add(INCIDENT_TRAITER.sur(caf));
                permissions.add(INCIDENT_CONSULTER.sur(caf));
                permissions.add(ECRAN_GUICHET_INCIDENTS);
                permissions.add(MAINTENANCE_PUBLIER.sur(caf));
                permissions.add(ECRAN_MAINTENANCE);
            }
        }
        return permissions;
    }
}

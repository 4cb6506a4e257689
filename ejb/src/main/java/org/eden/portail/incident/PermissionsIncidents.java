package org.eden.portail.incident;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionPortee;
import org.eden.portail.shared.PermissionsAccordees;
import org.eden.portail.shared.PermissionsDuContexte;

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
        DroitsPartenaire partenaire = habilitant.partenaire();
        String caf = habilitant.codeCaf();
        return new PermissionsAccordees()
                // R-INC-1, its one implementation: every habilitation manager of the partner
                // (administrateur, suppléant, responsable) files incidents, whoever manages the
                // habilitations now — a reprise en main by the Caf does not silence the partner.
                .si(partenaire.gestionnaire(), INCIDENT_DECLARER.sur(partenaire.organismeId()), ECRAN_INCIDENTS_PARTENAIRE)
                .si(habilitant.agentCafAvecLeRole(RoleCaf.SUPERVISEUR_CAF.name()), INCIDENT_CONSULTER.sur(caf), ECRAN_GUICHET_INCIDENTS)
                .si(habilitant.agentCafAvecLeRole(RoleCaf.ADMINISTRATEUR_CAF.name()), INCIDENT_TRAITER.sur(caf),
                        INCIDENT_CONSULTER.sur(caf), ECRAN_GUICHET_INCIDENTS, MAINTENANCE_PUBLIER.sur(caf), ECRAN_MAINTENANCE)
                .ensemble();
    }
}

package org.eden.portail.incident;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * R-INC-1: the incident desk. A partner's habilitation manager (administrateur partenaire,
 * suppléant, responsable: PermissionsIncidents) files incidents and follows them; the Caf's
 * administrateurs assign, comment and resolve; its superviseurs read the desk (a posteriori
 * control, no change). Every permission is checked here against the incident loaded,
 * never against what a request says; every call is traced.
 * <p>
 * Escalation is computed, not stored: an incident is "to escalate" when, at the clock's instant,
 * it has had no answer from the Caf for 48 hours ({@link RegleEscalade}). The desk's list shows
 * the flag and filters on it with one query; no timer can miss or double it.
 */
@Stateless
public class IncidentService {

    static final int PAGE_MAX = 200;

    @Inject
    IncidentRepository incidents;

    @Inject
    ConventionRepository conventions;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    Clock horloge;

    // --- the partner -------------------------------------------------------------------------

    @ActionTracee(value = "DECLARATION_INCIDENT", cible = "INCIDENT")
    public IncidentVue declarer(NouvelIncident demande) {
        OrganismePartenaire organisme = organismeDeLAppelant();
        SecurityUtils.getSubject().checkPermission(PermissionsIncidents.INCIDENT_DECLARER.sur(organisme.getId()));
        Convention convention = conventions.conventionEnVigueur(organisme.getId())
                .orElseThrow(() -> new RegleMetierException("R-INC-1",
                        "Votre organisme n'a pas de convention en vigueur : contactez directement votre Caf."));
        NouvelIncident d = demande == null ? new NouvelIncident() : demande;
        Incident incident = Incident.declarer(convention.getCaf(), organisme, convention.getNumero(), d.getProfilConcerne(),
                d.getUtilisateurConcerne(), d.getContact(), d.getDescription(), appelant().getIdentifiant(), maintenant());
        return vue(incidents.enregistrer(incident));
    }

    /** The partner's own incidents, newest first. */
    @ActionTracee(value = "CONSULTATION_INCIDENTS", cible = "ORGANISME")
    public PageIncidents incidentsDeMonOrganisme(StatutIncident statut, int debut, int nombre) {
        OrganismePartenaire organisme = organismeDeLAppelant();
        SecurityUtils.getSubject().checkPermission(PermissionsIncidents.INCIDENT_DECLARER.sur(organisme.getId()));
        return page(null, organisme.getId(), statut, false, debut, nombre);
    }

    // --- the Caf's desk ----------------------------------------------------------------------

    /** The desk's list: its Caf's incidents, by status, or only those to escalate. */
    @ActionTracee(value = "CONSULTATION_GUICHET_INCIDENTS", cible = "CAF")
    public PageIncidents incidentsDuGuichet(StatutIncident statut, boolean aEscaladerSeulement, int debut, int nombre) {
        String caf = cafDeLAppelant();
        SecurityUtils.getSubject().checkPermission(PermissionsIncidents.INCIDENT_CONSULTER.sur(caf));
        return page(caf, null, statut, aEscaladerSeulement, debut, nombre);
    }

    /** The agents an incident may be assigned to: the administrateurs of the desk's Caf. */
    public List<String> agentsDuGuichet() {
        String caf = cafDeLAppelant();
        SecurityUtils.getSubject().checkPermission(PermissionsIncidents.INCIDENT_TRAITER.sur(caf));
        return incidents.agents(caf, RoleCaf.ADMINISTRATEUR_CAF);
    }

    @ActionTracee(value = "ASSIGNATION_INCIDENT", cible = "INCIDENT")
    public IncidentVue assigner(Long incidentId, String agent) {
        Incident incident = pourLeGuichet(incidentId);
        Utilisateur designe = utilisateurs.parIdentifiant(agent == null ? "" : agent.trim().toUpperCase())
                .filter(u -> u.getCaf() != null && u.getCaf().equals(incident.getCaf())
                        && u.getRolesCaf().contains(RoleCaf.ADMINISTRATEUR_CAF))
                .orElseThrow(() -> new RegleMetierException("R-INC-1",
                        "« " + agent + " » n'est pas un administrateur de la Caf " + incident.getCaf().getCode()
                                + " : un incident se confie à un agent du guichet de sa Caf."));
        incident.assigner(designe.getIdentifiant(), maintenant());
        return vue(incident);
    }

    @ActionTracee(value = "RESOLUTION_INCIDENT", cible = "INCIDENT")
    public IncidentVue resoudre(Long incidentId, String resolution) {
        Incident incident = pourLeGuichet(incidentId);
        incident.resoudre(appelant().getIdentifiant(), resolution, maintenant());
        return vue(incident);
    }

    // --- both sides --------------------------------------------------------------------------

    /** A message on the thread: the desk's stops the 48 h clock; the partner's does not. */
    @ActionTracee(value = "COMMENTAIRE_INCIDENT", cible = "INCIDENT")
    public IncidentVue commenter(Long incidentId, String texte) {
        Incident incident = incidents.incident(incidentId).orElseThrow(() -> introuvable(incidentId));
        Subject sujet = SecurityUtils.getSubject();
        boolean guichet = sujet.isPermitted(PermissionsIncidents.INCIDENT_TRAITER.sur(incident.getCaf().getCode()));
        if (!guichet) {
            sujet.checkPermission(PermissionsIncidents.INCIDENT_DECLARER.sur(incident.getOrganisme().getId()));
        }
        incident.commenter(appelant().getIdentifiant(), guichet, texte, maintenant());
        return vue(incident);
    }

    @ActionTracee(value = "CONSULTATION_INCIDENT", cible = "INCIDENT")
    public IncidentVue consulter(Long incidentId) {
        Incident incident = incidents.incident(incidentId).orElseThrow(() -> introuvable(incidentId));
        Subject sujet = SecurityUtils.getSubject();
        if (!sujet.isPermitted(PermissionsIncidents.INCIDENT_CONSULTER.sur(incident.getCaf().getCode()))) {
            sujet.checkPermission(PermissionsIncidents.INCIDENT_DECLARER.sur(incident.getOrganisme().getId()));
        }
        return vue(incident);
    }

    // -----------------------------------------------------------------------------------------

    private PageIncidents page(String caf, Long organismeId, StatutIncident statut, boolean aEscalader, int debut, int nombre) {
        Instant maintenant = maintenant();
        Instant seuil = aEscalader ? RegleEscalade.DEFAUT.seuil(maintenant) : null;
        long total = incidents.compter(caf, organismeId, statut, seuil);
        List<IncidentVue> vues = total == 0 ? List.of()
                : incidents.incidents(caf, organismeId, statut, seuil, Math.max(0, debut), Math.max(1, Math.min(nombre, PAGE_MAX)))
                .stream().map(i -> new IncidentVue(i, maintenant)).toList();
        return new PageIncidents(vues, total);
    }

    private Incident pourLeGuichet(Long incidentId) {
        Incident incident = incidents.incident(incidentId).orElseThrow(() -> introuvable(incidentId));
        SecurityUtils.getSubject().checkPermission(PermissionsIncidents.INCIDENT_TRAITER.sur(incident.getCaf().getCode()));
        return incident;
    }

    private static RegleMetierException introuvable(Long id) {
        return new RegleMetierException("R-INC-1", "Incident n° " + id + " introuvable.");
    }

    private IncidentVue vue(Incident incident) {
        return new IncidentVue(incident, maintenant());
    }

    private Instant maintenant() {
        return horloge.instant();
    }

    private Utilisateur appelant() {
        Object principal = SecurityUtils.getSubject().getPrincipal();
        if (principal == null) {
            throw new UnauthenticatedException("Connexion requise");
        }
        return utilisateurs.parIdentifiant(principal.toString())
                .orElseThrow(() -> new AuthorizationException("Compte inconnu"));
    }

    private OrganismePartenaire organismeDeLAppelant() {
        OrganismePartenaire organisme = appelant().getOrganisme();
        if (organisme == null) {
            throw new AuthorizationException("R-INC-1 : seul un partenaire déclare un incident");
        }
        return organisme;
    }

    private String cafDeLAppelant() {
        Utilisateur u = appelant();
        if (u.getCaf() == null) {
            throw new AuthorizationException("R-INC-1 : le guichet des incidents est celui d'une Caf");
        }
        return u.getCaf().getCode();
    }
}

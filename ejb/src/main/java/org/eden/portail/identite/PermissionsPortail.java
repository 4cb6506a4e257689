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

    /** Screens of the menu: never a prefix of a scoped permission (Shiro would read it as "all"). */
    public static final String ECRAN_TRACES = "ecran:traces";
    public static final String ECRAN_INCIDENTS_PARTENAIRE = "ecran:incidents-partenaire";
    public static final String ECRAN_GUICHET_INCIDENTS = "ecran:guichet-incidents";
    public static final String ECRAN_MAINTENANCE = "ecran:maintenance";
    /** R-TRACE-4, scoped: {@code trace:lire:organisme:<id>} or {@code trace:lire:caf:<code>}. */
    public static final String TRACE_LIRE = "trace:lire";
    /** R-INC-1: a partner files incidents ({@code incident:declarer:<organisme id>}). */
    public static final String INCIDENT_DECLARER = "incident:declarer";
    /** R-INC-1: the Caf's desk assigns, comments, resolves ({@code incident:traiter:<caf>}). */
    public static final String INCIDENT_TRAITER = "incident:traiter";
    /** R-INC-1: reads the desk's incidents ({@code incident:consulter:<caf>}). */
    public static final String INCIDENT_CONSULTER = "incident:consulter";
    /** R-INC-2: posts maintenance notices ({@code maintenance:publier:<caf>}). */
    public static final String MAINTENANCE_PUBLIER = "maintenance:publier";

    private PermissionsPortail() {
    }

    /**
     * R-TRACE-4, R-INC-1, R-INC-2: who reads traces, files and handles incidents, posts notices.
     * {@code organismeAdministre} is the partner whose administrateur partenaire or suppléant the
     * account is (ConventionRepository.organismeAdministrePar), empty for anyone else.
     * <ul>
     * <li>administrateur partenaire and suppléant: the traces of their organisation; file incidents;</li>
     * <li>superviseur Caf: the traces of his Caf (its agents and its partners' users); reads the desk;</li>
     * <li>administrateur Caf: the desk (assign, comment, resolve) and the notices; no traces;</li>
     * <li>vérificateur Caf, agent Cnaf, ordinary partner users: none of these.</li>
     * </ul>
     */
    public static Set<String> tracesEtIncidents(CompteAuthentification compte, java.util.Optional<Long> organismeAdministre) {
        Set<String> permissions = new LinkedHashSet<>();
        if (compte.organismeId() != null && organismeAdministre.filter(compte.organismeId()::equals).isPresent()) {
            permissions.add(lireTracesOrganisme(compte.organismeId()));
            permissions.add(ECRAN_TRACES);
            permissions.add(declarerIncidents(compte.organismeId()));
            permissions.add(ECRAN_INCIDENTS_PARTENAIRE);
        }
        if (compte.codeCaf() != null) {
            if (compte.rolesCaf().contains(RoleCaf.SUPERVISEUR_CAF)) {
                permissions.add(lireTracesCaf(compte.codeCaf()));
                permissions.add(ECRAN_TRACES);
                permissions.add(consulterIncidents(compte.codeCaf()));
                permissions.add(ECRAN_GUICHET_INCIDENTS);
            }
            if (compte.rolesCaf().contains(RoleCaf.ADMINISTRATEUR_CAF)) {
                permissions.add(traiterIncidents(compte.codeCaf()));
                permissions.add(consulterIncidents(compte.codeCaf()));
                permissions.add(ECRAN_GUICHET_INCIDENTS);
                permissions.add(publierMaintenance(compte.codeCaf()));
                permissions.add(ECRAN_MAINTENANCE);
            }
        }
        return permissions;
    }

    public static String lireTracesOrganisme(Long organismeId) {
        return TRACE_LIRE + ":organisme:" + organismeId;
    }

    public static String lireTracesCaf(String codeCaf) {
        return TRACE_LIRE + ":caf:" + codeCaf;
    }

    public static String declarerIncidents(Long organismeId) {
        return INCIDENT_DECLARER + ":" + organismeId;
    }

    public static String traiterIncidents(String codeCaf) {
        return INCIDENT_TRAITER + ":" + codeCaf;
    }

    public static String consulterIncidents(String codeCaf) {
        return INCIDENT_CONSULTER + ":" + codeCaf;
    }

    public static String publierMaintenance(String codeCaf) {
        return MAINTENANCE_PUBLIER + ":" + codeCaf;
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

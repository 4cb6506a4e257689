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
    /**
     * The screens a role opens, for the menu and the home tiles only (not scoped: a tile shows for
     * any Caf). The services behind them check the Caf-scoped permissions above.
     */
    public static final String ECRAN_CONVENTIONS = "ecran:conventions";
    public static final String ECRAN_A_VERIFIER = "ecran:conventions-a-verifier";
    public static final String ECRAN_PARTENAIRES = "ecran:partenaires";

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
    /** CDAP: edit the profile × section matrix (R-CDAP-7), administrateurs Caf. */
    public static final String CDAP_MATRICE_MODIFIER = "cdap:matrice:modifier";

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
                    permissions.add(ECRAN_CONVENTIONS);
                    permissions.add(ECRAN_PARTENAIRES);
                    permissions.add(CDAP_MATRICE_MODIFIER);
                }
                case VERIFICATEUR_CAF -> {
                    permissions.add(PARTENAIRE_CONSULTER + ":" + compte.codeCaf());
                    permissions.add(CONVENTION_VERIFIER + ":" + compte.codeCaf());
                    permissions.add(CONVENTION_CONSULTER + ":" + compte.codeCaf());
                    permissions.add(ECRAN_CONVENTIONS);
                    permissions.add(ECRAN_A_VERIFIER);
                    permissions.add(ECRAN_PARTENAIRES);
                }
                case SUPERVISEUR_CAF -> {
                    // A posteriori control: reads everything of the Caf, changes nothing.
                    permissions.add(PARTENAIRE_CONSULTER + ":" + compte.codeCaf());
                    permissions.add(CONVENTION_CONSULTER + ":" + compte.codeCaf());
                    permissions.add(TRACE_VERIFIER);
                    permissions.add(ECRAN_CONVENTIONS);
                    permissions.add(ECRAN_PARTENAIRES);
                }
                // National dashboards only: a Caf's conventions are partner data (DOMAIN.md §2).
                case AGENT_CNAF -> permissions.add(PARTENAIRE_CONSULTER + ":*");
            }
        }
        if (compte.rolesCaf().contains(RoleCaf.ADMINISTRATEUR_CAF)) {
            permissions.add(ECRAN_HABILITATIONS_CAF);
        }
        permissions.addAll(deRevueHabilitations(compte));
        return permissions;
    }

    // --- Annual reverse review of habilitations (R-HAB-8) ----------------------------------------

    /** Open the year's campaign of reverse review for the Caf's partners (administrateur Caf). */
    public static final String REVUE_OUVRIR = "revue:ouvrir";
    /** Follow the partners' reviews of a Caf (superviseur and administrateur Caf): {@code revue:suivre:<caf>}. */
    public static final String REVUE_SUIVRE = "revue:suivre";
    /**
     * Menu entries only, in their own "menu" domain: a shorter Shiro permission implies every longer
     * one ({@code revue:suivre} would open {@code revue:suivre:<any Caf>}), so they never share a prefix
     * with a checked permission. The services check the scoped ones.
     */
    public static final String MENU_REVUE_SUIVRE = "menu:revue:suivre";
    /** Lead one's organisation's review (administrateur partenaire, suppléant): the menu entry. */
    public static final String REVUE_MENER = "menu:revue:mener";

    /** R-HAB-8: the Caf side of the reverse review, kept apart from the other Caf permissions. */
    static Set<String> deRevueHabilitations(CompteAuthentification compte) {
        Set<String> permissions = new LinkedHashSet<>();
        for (RoleCaf role : compte.rolesCaf()) {
            if (role == RoleCaf.ADMINISTRATEUR_CAF) {
                permissions.add(REVUE_OUVRIR + ":" + compte.codeCaf());
            }
            if (role == RoleCaf.ADMINISTRATEUR_CAF || role == RoleCaf.SUPERVISEUR_CAF) {
                permissions.add(MENU_REVUE_SUIVRE);
                permissions.add(REVUE_SUIVRE + ":" + compte.codeCaf());
            }
        }
        return permissions;
    }

    /** Import users from a file (R-HAB-10): the menu entry; the services check {@code habilitation:gerer:<id>}. */
    public static final String IMPORT_UTILISATEURS = "menu:habilitation:importer";

    /** R-HAB-8, R-HAB-10: the menu entries of the partner's managers for the review and the import. */
    static Set<String> deRevueEtImport(DroitsPartenaire droits) {
        Set<String> permissions = new LinkedHashSet<>();
        if (droits.gestionDeleguee() && (droits.administrateur() || droits.responsable())) {
            permissions.add(IMPORT_UTILISATEURS);
        }
        if (droits.gestionDeleguee() && droits.administrateur()) {
            permissions.add(REVUE_MENER);
        }
        return permissions;
    }

    public static String ouvrirRevuesDe(String codeCaf) {
        return REVUE_OUVRIR + ":" + codeCaf;
    }

    public static String suivreRevuesDe(String codeCaf) {
        return REVUE_SUIVRE + ":" + codeCaf;
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

    // --- Partner side, derived from the effective habilitations (R-HAB-*) ----------------------

    /**
     * Manage the habilitations of one organisation ({@code habilitation:gerer:<organismeId>}):
     * the administrateur partenaire, his suppléant and the responsables des habilitations while the
     * partner manages them itself; a responsable's sub-tree is checked by the services (R-HAB-5).
     */
    public static final String HABILITATION_GERER = "habilitation:gerer";
    /** The administrateur partenaire and suppléant only: the whole organisation (root groups, responsables). */
    public static final String HABILITATION_ADMINISTRER = "habilitation:administrer";
    /** CDAP: consult beneficiary files with one of one's profiles ({@code cdap:profil:T2} says which). */
    public static final String CDAP_CONSULTER = "cdap:consulter";
    public static final String CDAP_PROFIL = "cdap:profil";
    /** AFAS roles: {@code afas:fournisseur_activite}, {@code afas:fournisseur_financier}, {@code afas:approbateur}. */
    public static final String AFAS = "afas";
    /** Tableau de bord profiles: {@code tdb:agent_caf}… */
    public static final String TABLEAU_DE_BORD = "tdb";
    /**
     * The habilitation screens, for the menu and the home tiles only: the partner's managers
     * (group tree, users) and the Caf's administrateur (R-HAB-7 back office). The services behind
     * them check the scoped permissions.
     */
    public static final String ECRAN_HABILITATIONS = "ecran:habilitations";
    public static final String ECRAN_HABILITATIONS_CAF = "ecran:habilitations-caf";

    /**
     * The permissions a partner account draws from its habilitations (the one source of the menu,
     * the home tiles and the service checks). A user in no group gets none: he logs in and sees no
     * service.
     */
    public static Set<String> dePartenaire(DroitsPartenaire droits) {
        Set<String> permissions = new LinkedHashSet<>();
        if (droits == null) {
            return permissions;
        }
        if (droits.gestionDeleguee() && (droits.administrateur() || droits.responsable())) {
            permissions.add(gererHabilitationsDe(droits.organismeId()));
            permissions.add(ECRAN_HABILITATIONS);
        }
        if (droits.gestionDeleguee() && droits.administrateur()) {
            permissions.add(HABILITATION_ADMINISTRER + ":" + droits.organismeId());
        }
        permissions.addAll(deRevueEtImport(droits));
        if (droits.administrateur() || droits.responsable()) {
            // R-INC-1: every habilitation manager of the partner files incidents, delegation or not.
            permissions.add(declarerIncidents(droits.organismeId()));
            permissions.add(ECRAN_INCIDENTS_PARTENAIRE);
        }
        for (String service : droits.services()) {
            String[] paire = service.split(":", 2);
            String profil = paire[1].toLowerCase(java.util.Locale.ROOT);
            switch (paire[0]) {
                case "CDAP" -> {
                    // R-HAB-12 again, as a last guard: the administrateur never consults a file.
                    if (!droits.administrateur()) {
                        permissions.add(CDAP_CONSULTER);
                        permissions.add(CDAP_PROFIL + ":" + profil);
                    }
                }
                case "AFAS" -> permissions.add(AFAS + ":" + profil);
                case "TDB" -> permissions.add(TABLEAU_DE_BORD + ":" + profil);
                default -> {
                    // A service the portal does not know yet opens nothing.
                }
            }
        }
        return permissions;
    }

    public static String gererHabilitationsDe(Long organismeId) {
        return HABILITATION_GERER + ":" + organismeId;
    }

    public static String administrerHabilitationsDe(Long organismeId) {
        return HABILITATION_ADMINISTRER + ":" + organismeId;
    }
}

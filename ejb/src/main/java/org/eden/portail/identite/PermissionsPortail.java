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
        }
        if (droits.gestionDeleguee() && droits.administrateur()) {
            permissions.add(HABILITATION_ADMINISTRER + ":" + droits.organismeId());
        }
        permissions.addAll(deRevueEtImport(droits));
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

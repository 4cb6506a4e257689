package org.eden.portail.identite;

import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermissionsPortailTest {

    private static boolean permet(Set<String> permissions, String demandee) {
        return permissions.stream().anyMatch(p -> new WildcardPermission(p).implies(new WildcardPermission(demandee)));
    }

    @Test
    @DisplayName("Le personnel d'une Caf consulte les partenaires de sa Caf, pas ceux d'une autre")
    void agentCafLimiteASaCaf() {
        for (RoleCaf role : EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF, RoleCaf.VERIFICATEUR_CAF, RoleCaf.SUPERVISEUR_CAF)) {
            Set<String> p = PermissionsPortail.de(new CompteAuthentification("X", StatutCompte.ACTIF, EnumSet.of(role), "271", null));
            assertTrue(permet(p, "partenaire:consulter:271"), role.name());
            assertFalse(permet(p, "partenaire:consulter:141"), role.name());
        }
    }

    @Test
    @DisplayName("Un agent Cnaf a la portée nationale")
    void agentCnafNational() {
        Set<String> p = PermissionsPortail.de(new CompteAuthentification("X", StatutCompte.ACTIF, EnumSet.of(RoleCaf.AGENT_CNAF), null, null));
        assertTrue(permet(p, "partenaire:consulter:271"));
        assertTrue(permet(p, "partenaire:consulter:141"));
    }

    @Test
    @DisplayName("Un utilisateur partenaire sans rôle ne peut que consulter son compte")
    void utilisateurPartenaire() {
        Set<String> p = PermissionsPortail.de(new CompteAuthentification("X", StatutCompte.ACTIF, EnumSet.noneOf(RoleCaf.class), "271", 12L));
        assertEquals(Set.of(PermissionsPortail.COMPTE_CONSULTER), p);
        assertFalse(permet(p, "partenaire:consulter:271"));
    }

    private static Set<String> de(RoleCaf role) {
        return PermissionsPortail.de(new CompteAuthentification("X", StatutCompte.ACTIF, EnumSet.of(role),
                role == RoleCaf.AGENT_CNAF ? null : "271", null));
    }

    @Test
    @DisplayName("R-CONV-3 : l'administrateur Caf enregistre les conventions de sa Caf, sans les vérifier")
    void conventionsAdministrateurCaf() {
        Set<String> p = de(RoleCaf.ADMINISTRATEUR_CAF);
        assertTrue(permet(p, "convention:enregistrer:271"));
        assertTrue(permet(p, "convention:consulter:271"));
        assertFalse(permet(p, "convention:verifier:271"));
        assertFalse(permet(p, "convention:enregistrer:141"));
        assertFalse(permet(p, "convention:consulter:141"));
    }

    @Test
    @DisplayName("R-CONV-3 : le vérificateur Caf valide ou rejette les conventions de sa Caf, sans les modifier")
    void conventionsVerificateurCaf() {
        Set<String> p = de(RoleCaf.VERIFICATEUR_CAF);
        assertTrue(permet(p, "convention:verifier:271"));
        assertTrue(permet(p, "convention:consulter:271"));
        assertFalse(permet(p, "convention:enregistrer:271"));
        assertFalse(permet(p, "convention:verifier:141"));
    }

    @Test
    @DisplayName("§2 : le superviseur Caf lit les conventions de sa Caf et ne change rien ; l'agent Cnaf n'y a pas accès")
    void conventionsSuperviseurEtCnaf() {
        Set<String> superviseur = de(RoleCaf.SUPERVISEUR_CAF);
        assertTrue(permet(superviseur, "convention:consulter:271"));
        assertFalse(permet(superviseur, "convention:enregistrer:271"));
        assertFalse(permet(superviseur, "convention:verifier:271"));
        Set<String> cnaf = de(RoleCaf.AGENT_CNAF);
        for (String action : new String[] {"consulter", "enregistrer", "verifier"}) {
            assertFalse(permet(cnaf, "convention:" + action + ":271"), action);
        }
    }

    @Test
    @DisplayName("R-TRACE-4 : seuls le superviseur et l'administrateur Caf vérifient la chaîne des traces")
    void verificationDesTraces() {
        for (RoleCaf role : RoleCaf.values()) {
            Set<String> p = PermissionsPortail.de(new CompteAuthentification("X", StatutCompte.ACTIF, EnumSet.of(role), "271", null));
            assertEquals(role == RoleCaf.SUPERVISEUR_CAF || role == RoleCaf.ADMINISTRATEUR_CAF,
                    permet(p, PermissionsPortail.TRACE_VERIFIER), role.name());
        }
        Set<String> partenaire = PermissionsPortail.de(new CompteAuthentification("X", StatutCompte.ACTIF, EnumSet.noneOf(RoleCaf.class), "271", 12L));
        assertFalse(permet(partenaire, PermissionsPortail.TRACE_VERIFIER));
    }

    // --- partner side (R-HAB-*) -------------------------------------------------------------

    @Test
    @DisplayName("R-HAB-12 : l'utilisateur sans groupe et l'administrateur partenaire n'ont aucun service ; l'administrateur gère son seul organisme")
    void partenaireSansService() {
        assertTrue(PermissionsPortail.dePartenaire(DroitsPartenaire.aucun(12L)).isEmpty());
        Set<String> admin = PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, true, false, true, List.of()));
        assertTrue(permet(admin, "habilitation:gerer:12"));
        assertTrue(permet(admin, "habilitation:administrer:12"));
        assertFalse(permet(admin, "habilitation:gerer:13"), "never another organisation");
        assertFalse(permet(admin, PermissionsPortail.CDAP_CONSULTER));
        assertFalse(admin.stream().anyMatch(p -> p.startsWith("afas") || p.startsWith("tdb")));
        // Even a CDAP habilitation, had one slipped through, opens nothing to him.
        Set<String> adminCdap = PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, true, false, true, List.of("CDAP:T2", "AFAS:APPROBATEUR")));
        assertFalse(permet(adminCdap, PermissionsPortail.CDAP_CONSULTER));
        assertTrue(permet(adminCdap, "afas:approbateur"));
    }

    @Test
    @DisplayName("R-HAB-3 : les permissions de service viennent des habilitations effectives : cdap:consulter et son profil, afas:<rôle>, tdb:<profil>")
    void permissionsDeService() {
        Set<String> p = PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, false, false, true,
                List.of("CDAP:T2", "AFAS:FOURNISSEUR_ACTIVITE", "TDB:AGENT_CAF")));
        assertTrue(permet(p, "cdap:consulter"));
        assertTrue(permet(p, "cdap:profil:t2"));
        assertFalse(permet(p, "cdap:profil:t1"));
        assertTrue(permet(p, "afas:fournisseur_activite"));
        assertFalse(permet(p, "afas:approbateur"));
        assertTrue(permet(p, "tdb:agent_caf"));
        assertFalse(permet(p, "habilitation:gerer:12"), "a plain user manages nothing");
    }

    @Test
    @DisplayName("R-HAB-5, R-HAB-7 : un responsable gère (sous-arbre vérifié par les services) sans administrer ; délégation retirée ou mode centralisé : plus rien")
    void gestionDeleguee() {
        Set<String> responsable = PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, false, true, true, List.of()));
        assertTrue(permet(responsable, "habilitation:gerer:12"));
        assertFalse(permet(responsable, "habilitation:administrer:12"));
        Set<String> reprise = PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, true, true, false, List.of("TDB:AGENT_CAF")));
        assertFalse(permet(reprise, "habilitation:gerer:12"));
        assertTrue(permet(reprise, "tdb:agent_caf"), "his own service roles stay");
    }

    @Test
    @DisplayName("R-CONV-9 : les écrans des conventions s'ouvrent au personnel de la Caf ; « À vérifier » au seul vérificateur")
    void ecransDesConventions() {
        for (RoleCaf role : RoleCaf.values()) {
            Set<String> p = de(role);
            boolean cafAgent = role != RoleCaf.AGENT_CNAF;
            assertEquals(cafAgent, permet(p, PermissionsPortail.ECRAN_CONVENTIONS), role.name());
            assertEquals(cafAgent, permet(p, PermissionsPortail.ECRAN_PARTENAIRES), role.name());
            assertEquals(role == RoleCaf.VERIFICATEUR_CAF, permet(p, PermissionsPortail.ECRAN_A_VERIFIER), role.name());
            // A screen permission opens no data: the services check the Caf-scoped ones.
            assertFalse(permet(Set.of(PermissionsPortail.ECRAN_CONVENTIONS, PermissionsPortail.ECRAN_PARTENAIRES,
                    PermissionsPortail.ECRAN_A_VERIFIER), "convention:consulter:141"));
        }
        Set<String> partenaire = PermissionsPortail.de(new CompteAuthentification("X", StatutCompte.ACTIF, EnumSet.noneOf(RoleCaf.class), "271", 12L));
        assertFalse(permet(partenaire, PermissionsPortail.ECRAN_CONVENTIONS));
    }

    private static Set<String> tracesEtIncidents(EnumSet<RoleCaf> roles, String caf, Long organisme, Long administre) {
        return PermissionsPortail.tracesEtIncidents(new CompteAuthentification("X", StatutCompte.ACTIF, roles, caf, organisme),
                java.util.Optional.ofNullable(administre));
    }

    @Test
    @DisplayName("R-TRACE-4 : l'administrateur partenaire (ou suppléant) lit les traces de son organisme, le superviseur celles de sa Caf, personne d'autre")
    void lectureDesTraces() {
        Set<String> administrateur = tracesEtIncidents(EnumSet.noneOf(RoleCaf.class), "271", 5L, 5L);
        assertTrue(permet(administrateur, "trace:lire:organisme:5"));
        assertFalse(permet(administrateur, "trace:lire:organisme:6"));
        assertFalse(permet(administrateur, "trace:lire:caf:271"));
        assertFalse(permet(tracesEtIncidents(EnumSet.noneOf(RoleCaf.class), "271", 5L, null), "trace:lire:organisme:5"),
                "an ordinary partner user");
        assertFalse(permet(tracesEtIncidents(EnumSet.noneOf(RoleCaf.class), "271", 5L, 6L), "trace:lire:organisme:5"),
                "administrateur of another partner than his own: nothing");

        Set<String> superviseur = tracesEtIncidents(EnumSet.of(RoleCaf.SUPERVISEUR_CAF), "271", null, null);
        assertTrue(permet(superviseur, "trace:lire:caf:271"));
        assertFalse(permet(superviseur, "trace:lire:caf:141"));
        assertFalse(permet(superviseur, "trace:lire:organisme:5"));
        for (RoleCaf role : EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF, RoleCaf.VERIFICATEUR_CAF, RoleCaf.AGENT_CNAF)) {
            Set<String> p = tracesEtIncidents(EnumSet.of(role), role == RoleCaf.AGENT_CNAF ? null : "271", null, null);
            assertFalse(p.stream().anyMatch(x -> x.startsWith("trace:lire")), role.name());
        }
        assertFalse(permet(Set.of(PermissionsPortail.ECRAN_TRACES), "trace:lire:caf:271"), "the menu's permission opens no scope");
    }

    @Test
    @DisplayName("R-INC-1, R-INC-2 : le partenaire déclare ; l'administrateur Caf traite et publie ; le superviseur consulte seulement")
    void incidentsEtMaintenance() {
        Set<String> administrateur = tracesEtIncidents(EnumSet.noneOf(RoleCaf.class), "271", 5L, 5L);
        assertTrue(permet(administrateur, "incident:declarer:5"));
        assertFalse(permet(administrateur, "incident:traiter:271"));
        Set<String> adminCaf = tracesEtIncidents(EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF), "271", null, null);
        assertTrue(permet(adminCaf, "incident:traiter:271"));
        assertTrue(permet(adminCaf, "maintenance:publier:271"));
        assertFalse(permet(adminCaf, "incident:traiter:141"));
        Set<String> superviseur = tracesEtIncidents(EnumSet.of(RoleCaf.SUPERVISEUR_CAF), "271", null, null);
        assertTrue(permet(superviseur, "incident:consulter:271"));
        assertFalse(permet(superviseur, "incident:traiter:271"));
        assertFalse(permet(superviseur, "maintenance:publier:271"));
        assertTrue(tracesEtIncidents(EnumSet.of(RoleCaf.VERIFICATEUR_CAF), "271", null, null).isEmpty());
    }

    @Test
    @DisplayName("R-HAB-5, R-HAB-7 : l'écran « Habilitations » s'ouvre à ceux qui gèrent (administrateur, responsable, délégation en cours) et à l'administrateur Caf, à personne d'autre")
    void ecransHabilitations() {
        assertTrue(permet(PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, true, false, true, List.of())),
                PermissionsPortail.ECRAN_HABILITATIONS));
        assertTrue(permet(PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, false, true, true, List.of())),
                PermissionsPortail.ECRAN_HABILITATIONS));
        assertFalse(permet(PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, false, false, true, List.of("CDAP:T2"))),
                PermissionsPortail.ECRAN_HABILITATIONS), "a plain user");
        assertFalse(permet(PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, true, false, false, List.of())),
                PermissionsPortail.ECRAN_HABILITATIONS), "delegation withdrawn or centralised: the Caf manages");
        assertTrue(permet(de(RoleCaf.ADMINISTRATEUR_CAF), PermissionsPortail.ECRAN_HABILITATIONS_CAF));
        for (RoleCaf role : EnumSet.of(RoleCaf.VERIFICATEUR_CAF, RoleCaf.SUPERVISEUR_CAF, RoleCaf.AGENT_CNAF)) {
            assertFalse(permet(de(role), PermissionsPortail.ECRAN_HABILITATIONS_CAF), role.name());
        }
    }

    @Test
    @DisplayName("R-HAB-8 : l'administrateur Caf ouvre la campagne de revue de sa Caf, le superviseur la suit, le vérificateur non ; R-HAB-10 : l'import est au menu des gestionnaires")
    void revueEtImport() {
        Set<String> administrateur = de(RoleCaf.ADMINISTRATEUR_CAF);
        assertTrue(permet(administrateur, PermissionsPortail.ouvrirRevuesDe("271")));
        assertTrue(permet(administrateur, PermissionsPortail.suivreRevuesDe("271")));
        assertFalse(permet(administrateur, PermissionsPortail.ouvrirRevuesDe("141")));
        Set<String> superviseur = de(RoleCaf.SUPERVISEUR_CAF);
        assertTrue(permet(superviseur, PermissionsPortail.suivreRevuesDe("271")));
        assertTrue(permet(superviseur, PermissionsPortail.MENU_REVUE_SUIVRE));
        assertFalse(permet(superviseur, PermissionsPortail.ouvrirRevuesDe("271")));
        assertFalse(permet(superviseur, PermissionsPortail.suivreRevuesDe("141")));
        assertFalse(permet(de(RoleCaf.VERIFICATEUR_CAF), PermissionsPortail.MENU_REVUE_SUIVRE));

        Set<String> admin = PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, true, false, true, List.of()));
        assertTrue(permet(admin, PermissionsPortail.REVUE_MENER));
        assertTrue(permet(admin, PermissionsPortail.IMPORT_UTILISATEURS));
        Set<String> responsable = PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, false, true, true, List.of()));
        assertFalse(permet(responsable, PermissionsPortail.REVUE_MENER), "the review is the administrateur's");
        assertTrue(permet(responsable, PermissionsPortail.IMPORT_UTILISATEURS));
        Set<String> reprise = PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, true, true, false, List.of()));
        assertFalse(permet(reprise, PermissionsPortail.REVUE_MENER), "reprise en main: no review");
        assertFalse(permet(reprise, PermissionsPortail.IMPORT_UTILISATEURS), "reprise en main: no import");
    }

    @Test
    @DisplayName("R-INC-1 : tout gestionnaire des habilitations du partenaire (administrateur, responsable) déclare des incidents, pas l'utilisateur simple")
    void gestionnairesDeclarentDesIncidents() {
        Set<String> responsable = PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, false, true, true, List.of()));
        assertTrue(permet(responsable, "incident:declarer:12"));
        assertFalse(permet(responsable, "incident:declarer:13"));
        assertTrue(permet(PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, true, false, false, List.of())), "incident:declarer:12"),
                "a reprise en main does not silence the partner");
        assertFalse(permet(PermissionsPortail.dePartenaire(new DroitsPartenaire(12L, false, false, true, List.of("CDAP:T2"))),
                "incident:declarer:12"));
    }
}

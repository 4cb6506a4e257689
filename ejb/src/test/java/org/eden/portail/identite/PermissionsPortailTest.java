package org.eden.portail.identite;

import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
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
}

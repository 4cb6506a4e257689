package org.eden.portail.convention;

import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.DroitsPartenaire;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.eden.portail.identite.Comptes.agent;
import static org.eden.portail.identite.Comptes.partenaire;
import static org.eden.portail.identite.Comptes.permet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermissionsConventionsTest {

    private final PermissionsConventions conventions = new PermissionsConventions();

    private Set<String> de(RoleCaf role) {
        return conventions.permissionsDe(agent(role));
    }

    @Test
    @DisplayName("Le personnel d'une Caf consulte les partenaires de sa Caf, pas ceux d'une autre")
    void agentCafLimiteASaCaf() {
        for (RoleCaf role : EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF, RoleCaf.VERIFICATEUR_CAF, RoleCaf.SUPERVISEUR_CAF)) {
            Set<String> p = de(role);
            assertTrue(permet(p, "partenaire:consulter:271"), role.name());
            assertFalse(permet(p, "partenaire:consulter:141"), role.name());
        }
    }

    @Test
    @DisplayName("§2 : un agent Cnaf ne lit les partenaires d'aucune Caf (tableaux de bord nationaux seulement)")
    void agentCnafSansDonneesPartenaires() {
        Set<String> p = de(RoleCaf.AGENT_CNAF);
        assertFalse(permet(p, "partenaire:consulter:271"));
        assertFalse(permet(p, "partenaire:consulter:141"));
        assertTrue(p.isEmpty());
    }

    @Test
    @DisplayName("Un utilisateur partenaire, même administrateur, n'a rien des conventions")
    void utilisateurPartenaire() {
        assertTrue(conventions.permissionsDe(partenaire(12L, new DroitsPartenaire(12L, true, false, true, List.of()))).isEmpty());
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
    @DisplayName("R-CONV-9 : les écrans des conventions s'ouvrent au personnel de la Caf ; « À vérifier » au seul vérificateur")
    void ecransDesConventions() {
        for (RoleCaf role : RoleCaf.values()) {
            Set<String> p = de(role);
            // The gestionnaire AFAS instructs the AFAS declarations only: the conventions are not his.
            boolean cafAgent = role != RoleCaf.AGENT_CNAF && role != RoleCaf.GESTIONNAIRE_AFAS;
            assertEquals(cafAgent, permet(p, PermissionsConventions.ECRAN_CONVENTIONS), role.name());
            assertEquals(cafAgent, permet(p, PermissionsConventions.ECRAN_PARTENAIRES), role.name());
            assertEquals(role == RoleCaf.VERIFICATEUR_CAF, permet(p, PermissionsConventions.ECRAN_A_VERIFIER), role.name());
        }
        // A screen permission opens no data: the services check the Caf-scoped ones.
        assertFalse(permet(Set.of(PermissionsConventions.ECRAN_CONVENTIONS, PermissionsConventions.ECRAN_PARTENAIRES,
                PermissionsConventions.ECRAN_A_VERIFIER), "convention:consulter:141"));
    }
}

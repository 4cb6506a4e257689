package org.eden.portail.convention;

import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.DroitsPartenaire;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.eden.portail.identite.Comptes.agent;
import static org.eden.portail.identite.Comptes.partenaire;
import static org.eden.portail.identite.Comptes.permet;
import static org.eden.portail.identite.RoleCaf.ADMINISTRATEUR_CAF;
import static org.eden.portail.identite.RoleCaf.AGENT_CNAF;
import static org.eden.portail.identite.RoleCaf.GESTIONNAIRE_AFAS;
import static org.eden.portail.identite.RoleCaf.SUPERVISEUR_CAF;
import static org.eden.portail.identite.RoleCaf.VERIFICATEUR_CAF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each case is one role, one permission asked for and Shiro's expected answer: the rules by role
 * read as a table, one line a case, instead of one method a role repeating the same assertions.
 */
class PermissionsConventionsTest {

    private static final PermissionsConventions CONVENTIONS = new PermissionsConventions();

    /** One role asking for one permission of the conventions context (Caf 271 is the agent's own, 141 another). */
    record Cas(String regle, RoleCaf role, String permission, boolean permise) {

        @Override
        public String toString() {
            return regle + " : " + role + (permise ? " a " : " n'a pas ") + permission;
        }
    }

    static List<Cas> cas() {
        List<Cas> cas = new ArrayList<>();
        String partenaires = "Le personnel d'une Caf consulte les partenaires de sa Caf, pas ceux d'une autre";
        for (RoleCaf role : List.of(ADMINISTRATEUR_CAF, VERIFICATEUR_CAF, SUPERVISEUR_CAF)) {
            cas.add(new Cas(partenaires, role, "partenaire:consulter:271", true));
            cas.add(new Cas(partenaires, role, "partenaire:consulter:141", false));
        }
        String cnaf = "§2 : un agent Cnaf ne lit les partenaires ni les conventions d'aucune Caf (tableaux de bord nationaux seulement)";
        cas.add(new Cas(cnaf, AGENT_CNAF, "partenaire:consulter:271", false));
        cas.add(new Cas(cnaf, AGENT_CNAF, "partenaire:consulter:141", false));
        for (String action : List.of("consulter", "enregistrer", "verifier")) {
            cas.add(new Cas(cnaf, AGENT_CNAF, "convention:" + action + ":271", false));
        }
        String administrateur = "R-CONV-3 : l'administrateur Caf enregistre les conventions de sa Caf, sans les vérifier";
        cas.add(new Cas(administrateur, ADMINISTRATEUR_CAF, "convention:enregistrer:271", true));
        cas.add(new Cas(administrateur, ADMINISTRATEUR_CAF, "convention:consulter:271", true));
        cas.add(new Cas(administrateur, ADMINISTRATEUR_CAF, "convention:verifier:271", false));
        cas.add(new Cas(administrateur, ADMINISTRATEUR_CAF, "convention:enregistrer:141", false));
        cas.add(new Cas(administrateur, ADMINISTRATEUR_CAF, "convention:consulter:141", false));
        String verificateur = "R-CONV-3 : le vérificateur Caf valide ou rejette les conventions de sa Caf, sans les modifier";
        cas.add(new Cas(verificateur, VERIFICATEUR_CAF, "convention:verifier:271", true));
        cas.add(new Cas(verificateur, VERIFICATEUR_CAF, "convention:consulter:271", true));
        cas.add(new Cas(verificateur, VERIFICATEUR_CAF, "convention:enregistrer:271", false));
        cas.add(new Cas(verificateur, VERIFICATEUR_CAF, "convention:verifier:141", false));
        String superviseur = "§2 : le superviseur Caf lit les conventions de sa Caf et ne change rien";
        cas.add(new Cas(superviseur, SUPERVISEUR_CAF, "convention:consulter:271", true));
        cas.add(new Cas(superviseur, SUPERVISEUR_CAF, "convention:enregistrer:271", false));
        cas.add(new Cas(superviseur, SUPERVISEUR_CAF, "convention:verifier:271", false));
        String ecrans = "R-CONV-9 : les écrans des conventions s'ouvrent au personnel de la Caf ; « À vérifier » au seul vérificateur";
        for (RoleCaf role : RoleCaf.values()) {
            // The gestionnaire AFAS instructs the AFAS declarations only: the conventions are not his.
            boolean agentCaf = role != AGENT_CNAF && role != GESTIONNAIRE_AFAS;
            cas.add(new Cas(ecrans, role, PermissionsConventions.ECRAN_CONVENTIONS, agentCaf));
            cas.add(new Cas(ecrans, role, PermissionsConventions.ECRAN_PARTENAIRES, agentCaf));
            cas.add(new Cas(ecrans, role, PermissionsConventions.ECRAN_A_VERIFIER, role == VERIFICATEUR_CAF));
        }
        return cas;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cas")
    void permission(Cas cas) {
        assertEquals(cas.permise(), permet(CONVENTIONS.permissionsDe(agent(cas.role())), cas.permission()), cas.toString());
    }

    @Test
    @DisplayName("§2 : un agent Cnaf n'a aucune permission des conventions")
    void agentCnafSansPermission() {
        assertTrue(CONVENTIONS.permissionsDe(agent(AGENT_CNAF)).isEmpty());
    }

    @Test
    @DisplayName("Un utilisateur partenaire, même administrateur, n'a rien des conventions")
    void utilisateurPartenaire() {
        assertTrue(CONVENTIONS.permissionsDe(partenaire(12L, new DroitsPartenaire(12L, true, false, true, List.of()))).isEmpty());
    }

    @Test
    @DisplayName("R-CONV-9 : une permission d'écran n'ouvre aucune donnée : les services vérifient celles de la Caf")
    void ecranSansDonnees() {
        assertFalse(permet(Set.of(PermissionsConventions.ECRAN_CONVENTIONS, PermissionsConventions.ECRAN_PARTENAIRES,
                PermissionsConventions.ECRAN_A_VERIFIER), "convention:consulter:141"));
    }
}

package org.eden.portail.identite;

import org.eden.portail.shared.DroitsPartenaire;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.eden.portail.identite.Comptes.agent;
import static org.eden.portail.identite.Comptes.partenaire;
import static org.eden.portail.identite.Comptes.permet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermissionsIdentiteTest {

    private final PermissionsIdentite identite = new PermissionsIdentite();

    @Test
    @DisplayName("Un utilisateur partenaire sans rôle ne peut que consulter son compte")
    void utilisateurPartenaire() {
        assertEquals(Set.of(PermissionsIdentite.COMPTE_CONSULTER), identite.permissionsDe(partenaire(12L, DroitsPartenaire.aucun(12L))));
    }

    @Test
    @DisplayName("R-HAB-7 : seul l'administrateur Caf gère les comptes des partenaires de sa Caf")
    void gestionDesComptes() {
        for (RoleCaf role : RoleCaf.values()) {
            Set<String> p = identite.permissionsDe(agent(role));
            assertEquals(role == RoleCaf.ADMINISTRATEUR_CAF, permet(p, PermissionsIdentite.gererComptesDe("271")), role.name());
            assertFalse(permet(p, PermissionsIdentite.gererComptesDe("141")), role.name());
            assertTrue(permet(p, PermissionsIdentite.COMPTE_CONSULTER), role.name());
        }
    }
}

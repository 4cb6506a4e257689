package org.eden.portail.cdap;

import org.eden.portail.identite.CompteAuthentification;
import org.eden.portail.identite.PermissionsPortail;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.StatutCompte;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermissionsCdapTest {

    @Test
    @DisplayName("R-CDAP-1 : aucun rôle Caf ne donne la consultation des dossiers : elle vient des habilitations")
    void consultationParLesProfils() {
        for (RoleCaf role : RoleCaf.values()) {
            assertFalse(PermissionsPortail.de(new CompteAuthentification("X", StatutCompte.ACTIF, EnumSet.of(role), "271", null))
                    .contains(PermissionsPortail.CDAP_CONSULTER), role.name());
        }
    }

    @Test
    @DisplayName("R-CDAP-7 : seul l'administrateur Caf modifie la matrice")
    void matriceAdministrateurCaf() {
        for (RoleCaf role : RoleCaf.values()) {
            Set<String> p = PermissionsPortail.de(new CompteAuthentification("X", StatutCompte.ACTIF, EnumSet.of(role), "271", null));
            assertEquals(role == RoleCaf.ADMINISTRATEUR_CAF, p.contains(PermissionsPortail.CDAP_MATRICE_MODIFIER), role.name());
        }
        assertTrue(PermissionsPortail.de(new CompteAuthentification("X", StatutCompte.ACTIF, EnumSet.noneOf(RoleCaf.class), null, 1L))
                .stream().noneMatch(p -> p.startsWith("cdap")));
    }
}

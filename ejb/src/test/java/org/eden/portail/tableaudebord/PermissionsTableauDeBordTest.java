package org.eden.portail.tableaudebord;

import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Habilitant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermissionsTableauDeBordTest {

    private final PermissionsTableauDeBord permissions = new PermissionsTableauDeBord();

    @Test
    @DisplayName("R-TDB-1 : un agent de Caf lit le tableau de bord comme Agent CAF, un agent Cnaf comme Agent CNAF et charge les fichiers")
    void rolesCafEtCnaf() {
        Set<String> caf = permissions.permissionsDe(new Habilitant("PET271001", Set.of("SUPERVISEUR_CAF"), "271", null, null));
        assertTrue(caf.containsAll(Set.of("tdb:agent_caf", PermissionsTableauDeBord.MENU_OFFRE, PermissionsTableauDeBord.MENU_ELISA,
                PermissionsTableauDeBord.MENU_PRESTATIONS)), caf.toString());
        assertFalse(caf.contains(PermissionsTableauDeBord.IMPORTER));
        Set<String> cnaf = permissions.permissionsDe(new Habilitant("DUB000001", Set.of("AGENT_CNAF"), null, null, null));
        assertTrue(cnaf.containsAll(Set.of("tdb:agent_cnaf", PermissionsTableauDeBord.IMPORTER, PermissionsTableauDeBord.MENU_IMPORT)), cnaf.toString());
        assertFalse(cnaf.contains("tdb:agent_caf"));
    }

    @Test
    @DisplayName("R-TDB-1 : un partenaire tient ses profils de ses habilitations ; sans profil TDB, aucune tuile")
    void partenaires() {
        Set<String> cd = permissions.permissionsDe(new Habilitant("LEB271001", Set.of(), null, 7L,
                new DroitsPartenaire(7L, false, false, true, List.of("TDB:AGENT_CONSEIL_DEPARTEMENTAL", "CDAP:T2"))));
        assertEquals(Set.of("tdb:agent_conseil_departemental", PermissionsTableauDeBord.MENU_OFFRE, PermissionsTableauDeBord.MENU_ELISA), cd);
        Set<String> sans = permissions.permissionsDe(new Habilitant("DUP271001", Set.of(), null, 7L,
                new DroitsPartenaire(7L, false, false, true, List.of("CDAP:T2"))));
        assertEquals(Set.of(), sans);
    }
}

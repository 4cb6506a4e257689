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

/** R-TDB-2, R-TDB-7: who supervises what, and who sees the alerts and sets their thresholds. */
class PermissionsSupervisionTest {

    private final PermissionsTableauDeBord permissions = new PermissionsTableauDeBord();

    @Test
    @DisplayName("R-TDB-2, R-TDB-7 : l'administrateur partenaire (ou son suppléant) supervise son organisme et en voit les alertes")
    void administrateurPartenaire() {
        Set<String> p = permissions.permissionsDe(new Habilitant("CHA271001", Set.of(), null, 7L,
                new DroitsPartenaire(7L, true, false, true, List.of())));
        assertEquals(Set.of("supervision:organisme:7", "alertes:organisme:7", PermissionsTableauDeBord.MENU_SUPERVISION,
                PermissionsTableauDeBord.MENU_ALERTES), p);
        Set<String> agent = permissions.permissionsDe(new Habilitant("DUP271001", Set.of(), null, 7L,
                new DroitsPartenaire(7L, false, false, true, List.of("CDAP:T2"))));
        assertTrue(agent.stream().noneMatch(x -> x.startsWith("supervision") || x.startsWith("alertes")), agent.toString());
    }

    @Test
    @DisplayName("R-TDB-2, R-TDB-7 : l'administrateur et le superviseur de Caf supervisent ses partenaires et règlent ses seuils ; le superviseur voit les alertes")
    void caf() {
        Set<String> admin = permissions.permissionsDe(new Habilitant("MAR271001", Set.of("ADMINISTRATEUR_CAF"), "271", null, null));
        assertTrue(admin.containsAll(Set.of("supervision:caf:271", "alertes:seuils:271", PermissionsTableauDeBord.MENU_SUPERVISION)));
        assertFalse(admin.contains("alertes:caf:271"));
        Set<String> superviseur = permissions.permissionsDe(new Habilitant("PET271001", Set.of("SUPERVISEUR_CAF"), "271", null, null));
        assertTrue(superviseur.containsAll(Set.of("supervision:caf:271", "alertes:caf:271", "alertes:seuils:271",
                PermissionsTableauDeBord.MENU_ALERTES)));
        Set<String> verificateur = permissions.permissionsDe(new Habilitant("LER271001", Set.of("VERIFICATEUR_CAF"), "271", null, null));
        assertTrue(verificateur.stream().noneMatch(x -> x.startsWith("supervision") || x.startsWith("alertes")), verificateur.toString());
    }

    @Test
    @DisplayName("R-TDB-2 : la Cnaf supervise toutes les Caf, agrégées")
    void cnaf() {
        Set<String> cnaf = permissions.permissionsDe(new Habilitant("DUB000001", Set.of("AGENT_CNAF"), null, null, null));
        assertTrue(cnaf.containsAll(Set.of(PermissionsTableauDeBord.SUPERVISION_NATIONALE, PermissionsTableauDeBord.MENU_SUPERVISION)));
        assertTrue(cnaf.stream().noneMatch(x -> x.startsWith("alertes")), cnaf.toString());
    }
}

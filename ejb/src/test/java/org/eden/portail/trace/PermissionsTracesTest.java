package org.eden.portail.trace;

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

class PermissionsTracesTest {

    private final PermissionsTraces traces = new PermissionsTraces();

    /** An administrateur (or suppléant) of organisation 5, as DroitsPartenaires says, whatever else he holds. */
    private static DroitsPartenaire administrateur(boolean conventionActive) {
        return new DroitsPartenaire(5L, true, false, conventionActive, List.of());
    }

    @Test
    @DisplayName("R-TRACE-4 : l'administrateur partenaire (ou suppléant) lit les traces de son organisme, le superviseur celles de sa Caf, personne d'autre")
    void lectureDesTraces() {
        Set<String> administrateur = traces.permissionsDe(partenaire(5L, administrateur(true)));
        assertTrue(permet(administrateur, "trace:lire:organisme:5"));
        assertFalse(permet(administrateur, "trace:lire:organisme:6"));
        assertFalse(permet(administrateur, "trace:lire:caf:271"));
        assertTrue(permet(administrateur, PermissionsTraces.ECRAN_TRACES));
        assertTrue(traces.permissionsDe(partenaire(5L, DroitsPartenaire.aucun(5L))).isEmpty(), "an ordinary partner user");
        assertFalse(permet(traces.permissionsDe(partenaire(5L, new DroitsPartenaire(5L, false, true, true, List.of()))),
                "trace:lire:organisme:5"), "a responsable des habilitations reads no trace");
        assertFalse(permet(traces.permissionsDe(partenaire(6L, administrateur(true))), "trace:lire:organisme:5"),
                "administrateur of another partner than his own: nothing");

        Set<String> superviseur = traces.permissionsDe(agent(RoleCaf.SUPERVISEUR_CAF));
        assertTrue(permet(superviseur, "trace:lire:caf:271"));
        assertFalse(permet(superviseur, "trace:lire:caf:141"));
        assertFalse(permet(superviseur, "trace:lire:organisme:5"));
        for (RoleCaf role : EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF, RoleCaf.VERIFICATEUR_CAF, RoleCaf.AGENT_CNAF)) {
            Set<String> p = traces.permissionsDe(agent(role));
            assertFalse(p.stream().anyMatch(x -> x.startsWith("trace:lire")), role.name());
        }
        assertFalse(permet(Set.of(PermissionsTraces.ECRAN_TRACES), "trace:lire:caf:271"), "the menu's permission opens no scope");
    }

    @Test
    @DisplayName("R-TRACE-4, R-CONV-8 : la convention suspendue, l'administrateur partenaire lit toujours les traces de son organisme")
    void conventionSuspendue() {
        assertTrue(permet(traces.permissionsDe(partenaire(5L, administrateur(false))), "trace:lire:organisme:5"));
    }

    @Test
    @DisplayName("R-TRACE-1 : seuls le superviseur et l'administrateur Caf vérifient la chaîne des traces")
    void verificationDesTraces() {
        for (RoleCaf role : RoleCaf.values()) {
            assertEquals(role == RoleCaf.SUPERVISEUR_CAF || role == RoleCaf.ADMINISTRATEUR_CAF,
                    permet(traces.permissionsDe(agent(role)), PermissionsTraces.TRACE_VERIFIER), role.name());
        }
        assertFalse(permet(traces.permissionsDe(partenaire(12L, administrateur(true))), PermissionsTraces.TRACE_VERIFIER));
    }
}

package org.eden.portail.incident;

import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.DroitsPartenaire;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.eden.portail.identite.Comptes.agent;
import static org.eden.portail.identite.Comptes.partenaire;
import static org.eden.portail.identite.Comptes.permet;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermissionsIncidentsTest {

    private final PermissionsIncidents incidents = new PermissionsIncidents();

    private Set<String> partenaireAvec(DroitsPartenaire droits) {
        return incidents.permissionsDe(partenaire(droits.organismeId(), droits));
    }

    @Test
    @DisplayName("R-INC-1 : tout gestionnaire des habilitations du partenaire (administrateur, suppléant, responsable) déclare des incidents, pas l'utilisateur simple")
    void gestionnairesDeclarentDesIncidents() {
        Set<String> responsable = partenaireAvec(new DroitsPartenaire(12L, false, true, true, List.of()));
        assertTrue(permet(responsable, "incident:declarer:12"));
        assertFalse(permet(responsable, "incident:declarer:13"));
        assertTrue(permet(responsable, PermissionsIncidents.ECRAN_INCIDENTS_PARTENAIRE));
        assertTrue(permet(partenaireAvec(new DroitsPartenaire(12L, true, false, false, List.of())), "incident:declarer:12"),
                "a reprise en main, a suspended convention do not silence the administrateur");
        assertFalse(permet(partenaireAvec(new DroitsPartenaire(12L, false, false, true, List.of("CDAP:T2"))), "incident:declarer:12"));
        assertTrue(partenaireAvec(DroitsPartenaire.aucun(12L)).isEmpty());
    }

    @Test
    @DisplayName("R-INC-1, R-INC-2 : l'administrateur Caf traite et publie ; le superviseur consulte seulement")
    void guichetEtMaintenance() {
        Set<String> administrateur = partenaireAvec(new DroitsPartenaire(5L, true, false, true, List.of()));
        assertFalse(permet(administrateur, "incident:traiter:271"));
        Set<String> adminCaf = incidents.permissionsDe(agent(RoleCaf.ADMINISTRATEUR_CAF));
        assertTrue(permet(adminCaf, "incident:traiter:271"));
        assertTrue(permet(adminCaf, "incident:consulter:271"));
        assertTrue(permet(adminCaf, "maintenance:publier:271"));
        assertFalse(permet(adminCaf, "incident:traiter:141"));
        Set<String> superviseur = incidents.permissionsDe(agent(RoleCaf.SUPERVISEUR_CAF));
        assertTrue(permet(superviseur, "incident:consulter:271"));
        assertFalse(permet(superviseur, "incident:traiter:271"));
        assertFalse(permet(superviseur, "maintenance:publier:271"));
        assertTrue(incidents.permissionsDe(agent(RoleCaf.VERIFICATEUR_CAF)).isEmpty());
        assertTrue(incidents.permissionsDe(agent(RoleCaf.AGENT_CNAF)).isEmpty());
    }
}

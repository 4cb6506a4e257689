package org.eden.portail;

import org.eden.portail.cdap.PermissionsCdap;
import org.eden.portail.convention.PermissionsConventions;
import org.eden.portail.habilitation.PermissionsHabilitations;
import org.eden.portail.identite.PermissionsIdentite;
import org.eden.portail.identite.PermissionsPortail;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.incident.PermissionsIncidents;
import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.PermissionsDuContexte;
import org.eden.portail.trace.PermissionsTraces;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.eden.portail.identite.Comptes.agent;
import static org.eden.portail.identite.Comptes.partenaire;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The portal's contexts assembled as the realm assembles them, for the accounts of each kind. */
class PermissionsDuPortailTest {

    private static final List<PermissionsDuContexte> CONTEXTES = List.of(new PermissionsIdentite(), new PermissionsConventions(),
            new PermissionsHabilitations(), new PermissionsCdap(), new PermissionsTraces(), new PermissionsIncidents());

    @Test
    @DisplayName("R-HAB-12, R-TRACE-4, R-INC-1 : l'administrateur partenaire, convention active et délégation en cours : gérer, lire les traces, déclarer ; aucun service")
    void administrateurPartenaire() {
        assertEquals(Set.of("compte:consulter", "habilitation:gerer:12", "ecran:habilitations", "menu:habilitation:importer",
                        "habilitation:administrer:12", "menu:revue:mener", "trace:lire:organisme:12", "ecran:traces",
                        "incident:declarer:12", "ecran:incidents-partenaire"),
                PermissionsPortail.assembler(CONTEXTES, partenaire(12L, new DroitsPartenaire(12L, true, false, true, List.of()))));
    }

    @Test
    @DisplayName("R-CONV-8 : la convention suspendue, l'administrateur partenaire garde la lecture des traces et le guichet, rien d'autre")
    void administrateurConventionSuspendue() {
        assertEquals(Set.of("compte:consulter", "trace:lire:organisme:12", "ecran:traces", "incident:declarer:12", "ecran:incidents-partenaire"),
                PermissionsPortail.assembler(CONTEXTES, partenaire(12L, new DroitsPartenaire(12L, true, false, false, List.of()))));
    }

    @Test
    @DisplayName("R-CDAP-1 : l'utilisateur habilité CDAP T2 consulte avec ce profil, et rien d'autre")
    void utilisateurCdap() {
        assertEquals(Set.of("compte:consulter", "cdap:consulter", "cdap:profil:t2"),
                PermissionsPortail.assembler(CONTEXTES, partenaire(12L, new DroitsPartenaire(12L, false, false, true, List.of("CDAP:T2")))));
    }

    @Test
    @DisplayName("§2 : l'agent Cnaf ne lit aucune donnée de partenaire ; son compte, et rien d'autre ici (ses tableaux de bord viendront du Tableau de bord)")
    void agentCnaf() {
        assertEquals(Set.of("compte:consulter"),
                PermissionsPortail.assembler(CONTEXTES, agent(RoleCaf.AGENT_CNAF)));
    }

    @Test
    @DisplayName("R-CONV-3, R-HAB-7, R-INC-1 : l'administrateur Caf, toutes ses permissions, limitées à sa Caf")
    void administrateurCaf() {
        assertEquals(Set.of("compte:consulter", "compte:gerer:271", "partenaire:consulter:271", "convention:enregistrer:271",
                        "convention:consulter:271", "ecran:conventions", "ecran:partenaires", "ecran:habilitations-caf",
                        "revue:ouvrir:271", "menu:revue:suivre", "revue:suivre:271", "cdap:matrice:modifier", "trace:verifier",
                        "incident:traiter:271", "incident:consulter:271", "ecran:guichet-incidents", "maintenance:publier:271",
                        "ecran:maintenance"),
                PermissionsPortail.assembler(CONTEXTES, agent(RoleCaf.ADMINISTRATEUR_CAF)));
    }

    @Test
    @DisplayName("§2, R-TRACE-4 : le superviseur Caf lit tout de sa Caf (traces comprises, par le nom de son rôle) et ne change rien")
    void superviseurCaf() {
        assertEquals(Set.of("compte:consulter", "partenaire:consulter:271", "convention:consulter:271", "ecran:conventions",
                        "ecran:partenaires", "menu:revue:suivre", "revue:suivre:271", "trace:lire:caf:271", "ecran:traces",
                        "trace:verifier", "incident:consulter:271", "ecran:guichet-incidents"),
                PermissionsPortail.assembler(CONTEXTES, agent(RoleCaf.SUPERVISEUR_CAF)));
    }
}

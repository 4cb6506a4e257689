package org.eden.portail.habilitation;

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

class PermissionsHabilitationsTest {

    private final PermissionsHabilitations habilitations = new PermissionsHabilitations();

    private Set<String> de(RoleCaf role) {
        return habilitations.permissionsDe(agent(role));
    }

    private Set<String> partenaireAvec(DroitsPartenaire droits) {
        return habilitations.permissionsDe(partenaire(droits.organismeId(), droits));
    }

    @Test
    @DisplayName("R-HAB-12 : l'utilisateur sans groupe et l'administrateur partenaire n'ont aucun service ; l'administrateur gère son seul organisme")
    void partenaireSansService() {
        assertTrue(partenaireAvec(DroitsPartenaire.aucun(12L)).isEmpty());
        Set<String> admin = partenaireAvec(new DroitsPartenaire(12L, true, false, true, List.of()));
        assertTrue(permet(admin, "habilitation:gerer:12"));
        assertTrue(permet(admin, "habilitation:administrer:12"));
        assertFalse(permet(admin, "habilitation:gerer:13"), "never another organisation");
        assertFalse(admin.stream().anyMatch(p -> p.startsWith("afas") || p.startsWith("tdb") || p.startsWith("cdap")));
    }

    @Test
    @DisplayName("R-HAB-12 : une habilitation CDAP de l'administrateur partenaire, si elle avait échappé au refus, n'est pas utilisable ; ses rôles AFAS le restent")
    void pasDeCdapPourLAdministrateur() {
        assertEquals(List.of("AFAS:APPROBATEUR"), DroitsPartenaires.servicesUtilisables(true, List.of("CDAP:T2", "AFAS:APPROBATEUR")));
        assertEquals(List.of("CDAP:T2", "AFAS:APPROBATEUR"), DroitsPartenaires.servicesUtilisables(false, List.of("CDAP:T2", "AFAS:APPROBATEUR")));
    }

    @Test
    @DisplayName("R-HAB-3 : les profils Tableau de bord viennent des habilitations effectives ; les rôles AFAS sont accordés par le contexte AFAS")
    void permissionsDeService() {
        Set<String> p = partenaireAvec(new DroitsPartenaire(12L, false, false, true,
                List.of("CDAP:T2", "AFAS:FOURNISSEUR_ACTIVITE", "TDB:AGENT_CAF")));
        assertTrue(permet(p, "tdb:agent_caf"));
        assertFalse(p.stream().anyMatch(x -> x.startsWith("afas")), "AFAS roles are afas's (PermissionsAfas)");
        assertFalse(p.stream().anyMatch(x -> x.startsWith("cdap")), "CDAP is cdap's");
        assertFalse(permet(p, "habilitation:gerer:12"), "a plain user manages nothing");
    }

    @Test
    @DisplayName("R-HAB-5, R-HAB-7 : un responsable gère (sous-arbre vérifié par les services) sans administrer ; délégation retirée ou mode centralisé : plus rien")
    void gestionDeleguee() {
        Set<String> responsable = partenaireAvec(new DroitsPartenaire(12L, false, true, true, List.of()));
        assertTrue(permet(responsable, "habilitation:gerer:12"));
        assertFalse(permet(responsable, "habilitation:administrer:12"));
        Set<String> reprise = partenaireAvec(new DroitsPartenaire(12L, true, true, false, List.of("TDB:AGENT_CAF")));
        assertFalse(permet(reprise, "habilitation:gerer:12"));
        assertTrue(permet(reprise, "tdb:agent_caf"), "his own service roles stay");
    }

    @Test
    @DisplayName("R-HAB-5, R-HAB-7 : l'écran « Habilitations » s'ouvre à ceux qui gèrent (administrateur, responsable, délégation en cours) et à l'administrateur Caf, à personne d'autre")
    void ecransHabilitations() {
        assertTrue(permet(partenaireAvec(new DroitsPartenaire(12L, true, false, true, List.of())), PermissionsHabilitations.ECRAN_HABILITATIONS));
        assertTrue(permet(partenaireAvec(new DroitsPartenaire(12L, false, true, true, List.of())), PermissionsHabilitations.ECRAN_HABILITATIONS));
        assertFalse(permet(partenaireAvec(new DroitsPartenaire(12L, false, false, true, List.of("CDAP:T2"))),
                PermissionsHabilitations.ECRAN_HABILITATIONS), "a plain user");
        assertFalse(permet(partenaireAvec(new DroitsPartenaire(12L, true, false, false, List.of())),
                PermissionsHabilitations.ECRAN_HABILITATIONS), "delegation withdrawn, centralised or convention suspended: the partner does not manage");
        assertTrue(permet(de(RoleCaf.ADMINISTRATEUR_CAF), PermissionsHabilitations.ECRAN_HABILITATIONS_CAF));
        for (RoleCaf role : EnumSet.of(RoleCaf.VERIFICATEUR_CAF, RoleCaf.SUPERVISEUR_CAF, RoleCaf.AGENT_CNAF)) {
            assertFalse(permet(de(role), PermissionsHabilitations.ECRAN_HABILITATIONS_CAF), role.name());
        }
    }

    @Test
    @DisplayName("R-HAB-8 : l'administrateur Caf ouvre la campagne de revue de sa Caf, le superviseur la suit, le vérificateur non ; R-HAB-10 : l'import est au menu des gestionnaires")
    void revueEtImport() {
        Set<String> administrateur = de(RoleCaf.ADMINISTRATEUR_CAF);
        assertTrue(permet(administrateur, PermissionsHabilitations.REVUE_OUVRIR.sur("271")));
        assertTrue(permet(administrateur, PermissionsHabilitations.REVUE_SUIVRE.sur("271")));
        assertFalse(permet(administrateur, PermissionsHabilitations.REVUE_OUVRIR.sur("141")));
        Set<String> superviseur = de(RoleCaf.SUPERVISEUR_CAF);
        assertTrue(permet(superviseur, PermissionsHabilitations.REVUE_SUIVRE.sur("271")));
        assertTrue(permet(superviseur, PermissionsHabilitations.MENU_REVUE_SUIVRE));
        assertFalse(permet(superviseur, PermissionsHabilitations.REVUE_OUVRIR.sur("271")));
        assertFalse(permet(superviseur, PermissionsHabilitations.REVUE_SUIVRE.sur("141")));
        assertFalse(permet(de(RoleCaf.VERIFICATEUR_CAF), PermissionsHabilitations.MENU_REVUE_SUIVRE));

        Set<String> admin = partenaireAvec(new DroitsPartenaire(12L, true, false, true, List.of()));
        assertTrue(permet(admin, PermissionsHabilitations.REVUE_MENER));
        assertTrue(permet(admin, PermissionsHabilitations.IMPORT_UTILISATEURS));
        Set<String> responsable = partenaireAvec(new DroitsPartenaire(12L, false, true, true, List.of()));
        assertFalse(permet(responsable, PermissionsHabilitations.REVUE_MENER), "the review is the administrateur's");
        assertTrue(permet(responsable, PermissionsHabilitations.IMPORT_UTILISATEURS));
        Set<String> reprise = partenaireAvec(new DroitsPartenaire(12L, true, true, false, List.of()));
        assertFalse(permet(reprise, PermissionsHabilitations.REVUE_MENER), "reprise en main: no review");
        assertFalse(permet(reprise, PermissionsHabilitations.IMPORT_UTILISATEURS), "reprise en main: no import");
    }
}

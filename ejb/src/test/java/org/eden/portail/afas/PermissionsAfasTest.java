package org.eden.portail.afas;

import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Habilitant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermissionsAfasTest {

    private static Set<String> de(List<String> services) {
        return new PermissionsAfas().permissionsDe(new Habilitant("ACT271001", Set.of(), null, 7L,
                new DroitsPartenaire(7L, false, false, true, services)));
    }

    @Test
    @DisplayName("R-AFAS-1 R-AFAS-3 : un fournisseur lit les déclarations de son organisme ; seul l'approbateur (AFAS-Habiliter) affecte les équipements")
    void rolesDuPartenaire() {
        assertEquals(Set.of("afas:fournisseur_activite", "afas:declarer:7", PermissionsAfas.ECRAN_DECLARATIONS, PermissionsAfas.ECRAN_STATISTIQUES),
                de(List.of("AFAS:FOURNISSEUR_ACTIVITE")), "R-AFAS-8: the statistics of his équipements too");
        Set<String> approbateur = de(List.of("AFAS:APPROBATEUR", "CDAP:T2"));
        assertTrue(approbateur.containsAll(Set.of("afas:approbateur", "afas:declarer:7", "afas:habiliter:7", PermissionsAfas.ECRAN_EQUIPEMENTS)));
        assertFalse(approbateur.contains("afas:fournisseur_activite"));
    }

    @Test
    @DisplayName("R-HAB-3 : chaque rôle AFAS des habilitations effectives devient la permission afas:<rôle>, accordée par le contexte AFAS lui-même")
    void permissionDuRole() {
        assertEquals(RoleAfas.FOURNISSEUR_FINANCIER.permission(), PermissionsAfas.role(RoleAfas.FOURNISSEUR_FINANCIER.name()));
        assertTrue(de(List.of("AFAS:FOURNISSEUR_FINANCIER", "AFAS:APPROBATEUR")).containsAll(Set.of("afas:fournisseur_financier", "afas:approbateur")));
    }

    @Test
    @DisplayName("R-AFAS-1 R-CONV-8 : sans rôle AFAS utilisable (aucun, ou convention suspendue), aucune permission AFAS")
    void sansRole() {
        assertEquals(Set.of(), de(List.of("CDAP:T2")));
        assertEquals(Set.of(), de(List.of()));
    }

    @Test
    @DisplayName("R-AFAS-1 R-AFAS-4 : l'administrateur de la Caf enregistre les équipements de ses partenaires et règle les contrôles de sa Caf ; le vérificateur non")
    void caf() {
        Set<String> p = new PermissionsAfas().permissionsDe(new Habilitant("MAR271001", Set.of("ADMINISTRATEUR_CAF"), "271", null, null));
        assertEquals(Set.of("afas:equipements:271", PermissionsAfas.ECRAN_EQUIPEMENTS, "afas:controles:271", PermissionsAfas.ECRAN_CONTROLES,
                "afas:suivre:271", "afas:campagnes:271", PermissionsAfas.ECRAN_INSTRUCTION, PermissionsAfas.ECRAN_CAMPAGNES), p);
        assertEquals(Set.of(), new PermissionsAfas().permissionsDe(new Habilitant("LER271001", Set.of("VERIFICATEUR_CAF"), "271", null, null)));
    }

    @Test
    @DisplayName("R-AFAS-5 R-AFAS-7 : le gestionnaire AFAS suit, règle les campagnes et instruit ; le superviseur ne fait que lire ; l'administrateur n'instruit pas")
    void instruction() {
        assertEquals(Set.of("afas:suivre:271", "afas:campagnes:271", "afas:instruire:271", PermissionsAfas.ECRAN_INSTRUCTION,
                PermissionsAfas.ECRAN_CAMPAGNES, "afas:changements:271", PermissionsAfas.ECRAN_CHANGEMENTS),
                new PermissionsAfas().permissionsDe(new Habilitant("GES271001", Set.of("GESTIONNAIRE_AFAS"), "271", null, null)));
        assertEquals(Set.of("afas:suivre:271", PermissionsAfas.ECRAN_INSTRUCTION, PermissionsAfas.ECRAN_CAMPAGNES, "afas:changements:271",
                        PermissionsAfas.ECRAN_CHANGEMENTS),
                new PermissionsAfas().permissionsDe(new Habilitant("SUP271001", Set.of("SUPERVISEUR_CAF"), "271", null, null)),
                "R-HAB-13: the superviseur reads the feed of changes too");
        assertFalse(new PermissionsAfas().permissionsDe(new Habilitant("MAR271001", Set.of("ADMINISTRATEUR_CAF"), "271", null, null))
                .contains("afas:instruire:271"));
        assertEquals(Set.of(), new PermissionsAfas().permissionsDe(new Habilitant("CNA000001", Set.of("AGENT_CNAF"), null, null, null)));
    }
}

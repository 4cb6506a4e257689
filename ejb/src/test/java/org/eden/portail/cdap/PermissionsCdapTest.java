package org.eden.portail.cdap;

import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.DroitsPartenaire;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.eden.portail.identite.Comptes.agent;
import static org.eden.portail.identite.Comptes.partenaire;
import static org.eden.portail.identite.Comptes.permet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermissionsCdapTest {

    private final PermissionsCdap cdap = new PermissionsCdap();

    @Test
    @DisplayName("R-CDAP-1 : aucun rôle Caf ne donne la consultation des dossiers : elle vient des habilitations")
    void consultationParLesProfils() {
        for (RoleCaf role : RoleCaf.values()) {
            assertFalse(cdap.permissionsDe(agent(role)).contains(PermissionsCdap.CDAP_CONSULTER), role.name());
        }
        Set<String> p = cdap.permissionsDe(partenaire(12L, new DroitsPartenaire(12L, false, false, true,
                List.of("CDAP:T2", "AFAS:FOURNISSEUR_ACTIVITE"))));
        assertTrue(permet(p, "cdap:consulter"));
        assertTrue(permet(p, "cdap:profil:t2"));
        assertFalse(permet(p, "cdap:profil:t1"));
        assertFalse(p.stream().anyMatch(x -> x.startsWith("afas")), "AFAS is not cdap's");
    }

    @Test
    @DisplayName("R-CDAP-7 : seul l'administrateur Caf modifie la matrice")
    void matriceAdministrateurCaf() {
        for (RoleCaf role : RoleCaf.values()) {
            Set<String> p = cdap.permissionsDe(agent(role));
            assertEquals(role == RoleCaf.ADMINISTRATEUR_CAF, p.contains(PermissionsCdap.CDAP_MATRICE_MODIFIER), role.name());
        }
        assertTrue(cdap.permissionsDe(partenaire(1L, DroitsPartenaire.aucun(1L))).isEmpty());
    }
}

package org.eden.portail.identite;

import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionsDuContexte;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.eden.portail.identite.Comptes.partenaire;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The assembly only: what each context grants is tested beside it. */
class PermissionsPortailTest {

    @Test
    @DisplayName("Les permissions d'un compte sont l'union de celles que chaque contexte lui donne, chacun voyant le compte et son côté partenaire")
    void unionDesContextes() {
        Habilitant administrateur = partenaire(12L, new DroitsPartenaire(12L, true, false, true, List.of("CDAP:T2")));
        PermissionsDuContexte premier = h -> Set.of("a:" + h.organismeId(), "commun");
        PermissionsDuContexte second = h -> h.partenaire().administrateur() ? Set.of("b:admin", "commun") : Set.of();
        assertEquals(Set.of("a:12", "b:admin", "commun"), PermissionsPortail.assembler(List.of(premier, second), administrateur));
        assertEquals(Set.of(), PermissionsPortail.assembler(List.of(), administrateur), "no context, no permission");
    }

    @Test
    @DisplayName("Le compte tel que les contextes le voient : ses rôles Caf par leur nom, sa Caf, son organisme, son côté partenaire")
    void habilitant() {
        Habilitant h = PermissionsPortail.habilitant(new CompteAuthentification("X", StatutCompte.ACTIF,
                java.util.EnumSet.of(RoleCaf.SUPERVISEUR_CAF), "271", null), DroitsPartenaire.aucun(null));
        assertEquals(true, h.aLeRole("SUPERVISEUR_CAF"));
        assertEquals(false, h.aLeRole("ADMINISTRATEUR_CAF"));
        assertEquals("271", h.codeCaf());
    }

    @Test
    @DisplayName("R-INC-1, R-HAB-5 : gestionnaire des habilitations = administrateur, suppléant ou responsable d'un organisme")
    void gestionnaire() {
        assertEquals(true, new DroitsPartenaire(12L, true, false, false, List.of()).gestionnaire());
        assertEquals(true, new DroitsPartenaire(12L, false, true, true, List.of()).gestionnaire());
        assertEquals(false, new DroitsPartenaire(12L, false, false, true, List.of("CDAP:T2")).gestionnaire());
        assertEquals(false, DroitsPartenaire.aucun(null).gestionnaire());
        assertEquals(List.of("T2"), new DroitsPartenaire(12L, false, false, true, List.of("CDAP:T2", "AFAS:APPROBATEUR"))
                .profilsDuService("CDAP"));
    }
}

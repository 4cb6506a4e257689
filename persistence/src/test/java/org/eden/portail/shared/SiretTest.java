package org.eden.portail.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiretTest {

    @Test
    @DisplayName("Le SIRET du CIAS du contrat de service est valide, même saisi avec des espaces")
    void siretDuContrat() {
        assertTrue(Siret.estValide("200 041 671 00013"));
        assertEquals("20004167100013", Siret.normaliser("200 041 671 00013"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20004167100014", "2000416710001", "200041671000130", "2000416710001A", ""})
    @DisplayName("Une clé fausse, une longueur fausse ou une lettre rendent le SIRET invalide")
    void siretsInvalides(String siret) {
        assertFalse(Siret.estValide(siret));
    }

    @Test
    @DisplayName("Les établissements de La Poste suivent la règle de la somme des chiffres")
    void laPoste() {
        assertTrue(Siret.estValide("35600000000001"));
        assertFalse(Siret.estValide("35600000000002"));
    }

    @Test
    @DisplayName("R-CONV-1 : un organisme partenaire ne s'enregistre pas avec un SIRET invalide")
    void organismeRefuseSiretInvalide() {
        Caf caf = new Caf("271", "Caf de l'Eure", null);
        RegleMetierException refus = assertThrows(RegleMetierException.class,
                () -> new OrganismePartenaire(caf, "Commune", TypeOrganisme.COMMUNE, "12345678901234", null));
        assertEquals("R-CONV-1", refus.getRegle());
        assertTrue(refus.getMessage().contains("SIRET"));
    }

    @Test
    @DisplayName("Le code d'une Caf compte trois chiffres")
    void codeCaf() {
        assertThrows(IllegalArgumentException.class, () -> new Caf("27", "Caf", null));
        assertEquals("271", new Caf("271", "Caf de l'Eure", null).getCode());
    }
}

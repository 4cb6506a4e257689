package org.eden.portail.identite;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdresseCourrielTest {

    @ParameterizedTest
    @ValueSource(strings = {"s.dupont@cias-bernay.fr", "  a.b@c.de  ", "prenom.nom+caf@sous.domaine.gouv.fr"})
    @DisplayName("R-HAB-9 : une adresse de la forme nom@domaine.extension est acceptée, espaces autour ignorés")
    void formeValide(String email) {
        assertTrue(AdresseCourriel.valide(email), email);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "dupont", "dupont@", "@cias.fr", "dupont@cias", "du pont@cias.fr", "a@b@c.fr"})
    @DisplayName("R-HAB-9 : une adresse absente, sans domaine ou avec un espace est refusée")
    void formeInvalide(String email) {
        assertFalse(AdresseCourriel.valide(email), String.valueOf(email));
    }
}

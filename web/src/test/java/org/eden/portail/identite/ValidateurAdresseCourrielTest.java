package org.eden.portail.identite;

import jakarta.faces.validator.ValidatorException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-HAB-9 at the field: the screen asks the question the services ask ({@link AdresseCourriel}). */
class ValidateurAdresseCourrielTest {

    private final ValidateurAdresseCourriel validateur = new ValidateurAdresseCourriel();

    @Test
    @DisplayName("R-HAB-9 : une adresse mal formée est refusée au champ, le message nomme la règle et l'adresse")
    void refuseUneAdresseMalFormee() {
        ValidatorException refus = assertThrows(ValidatorException.class,
                () -> validateur.validate(null, null, "marie.dupont@ccas"));
        assertTrue(refus.getFacesMessage().getDetail().startsWith("R-HAB-9 : "), refus.getFacesMessage().getDetail());
        assertTrue(refus.getFacesMessage().getDetail().contains("« marie.dupont@ccas »"), refus.getFacesMessage().getDetail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"marie.dupont@ccas-evreux.fr", " rssi@partenaire.test "})
    @DisplayName("R-HAB-9 : une adresse bien formée passe")
    void accepteUneAdresseBienFormee(String adresse) {
        assertDoesNotThrow(() -> validateur.validate(null, null, adresse));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    @DisplayName("Un champ vide est laissé à « required » : le validateur ne dit rien")
    void laisseLeChampVideARequired(String adresse) {
        assertDoesNotThrow(() -> validateur.validate(null, null, adresse));
    }
}

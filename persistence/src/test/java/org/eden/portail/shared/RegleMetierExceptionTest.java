package org.eden.portail.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegleMetierExceptionTest {

    @Test
    @DisplayName("Un refus se lit la règle d'abord : la même phrase à l'écran, dans un import et dans son rapport")
    void enClairNommeLaRegleDAbord() {
        RegleMetierException refus = new RegleMetierException("R-CONV-2", "L'organisme a déjà une convention en vigueur.");

        assertEquals("R-CONV-2 : L'organisme a déjà une convention en vigueur.", refus.enClair());
        assertEquals("R-CONV-2", refus.getRegle());
        assertEquals("L'organisme a déjà une convention en vigueur.", refus.getMessage());
    }
}

package org.eden.portail.afas;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** R-AFAS-7: which reminder a campaign calls for on a given day (15 days before, within 30 days after). */
class RelancesCampagneTest {

    private static RelanceAfas.Sorte sorte(String jour) {
        return RelancesCampagne.sorte(CalendrierCampagne.DEFAUT, NatureDeclaration.REEL, 2027, LocalDate.parse(jour), 15);
    }

    @Test
    @DisplayName("R-AFAS-7 : le réel 2027 (échéance le 31 mars 2028) se rappelle du 16 au 31 mars, puis à l'approbateur du 1er au 30 avril")
    void sortes() {
        assertNull(sorte("2028-03-15"));
        assertEquals(RelanceAfas.Sorte.AVANT_ECHEANCE, sorte("2028-03-16"));
        assertEquals(RelanceAfas.Sorte.AVANT_ECHEANCE, sorte("2028-03-31"));
        assertEquals(RelanceAfas.Sorte.ECHEANCE_PASSEE, sorte("2028-04-01"));
        assertEquals(RelanceAfas.Sorte.ECHEANCE_PASSEE, sorte("2028-04-30"));
        assertNull(sorte("2028-05-01"));
    }

    @Test
    @DisplayName("R-AFAS-7 : pas de rappel avant l'ouverture de la campagne, même à moins de 15 jours de l'échéance")
    void pasAvantOuverture() {
        CampagneAfas courte = CampagneAfas.de("080", 2027, NatureDeclaration.PREVISIONNEL, LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 13),
                "ADM080001", java.time.Instant.parse("2027-01-04T08:00:00Z"));
        CalendrierCampagne c = CalendrierCampagne.de(java.util.List.of(courte));
        assertNull(RelancesCampagne.sorte(c, NatureDeclaration.PREVISIONNEL, 2027, LocalDate.of(2027, 2, 1), 15));
        assertEquals(RelanceAfas.Sorte.AVANT_ECHEANCE, RelancesCampagne.sorte(c, NatureDeclaration.PREVISIONNEL, 2027, LocalDate.of(2027, 2, 10), 15));
    }
}

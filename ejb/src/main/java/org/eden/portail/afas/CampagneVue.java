package org.eden.portail.afas;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * R-AFAS-7: one campaign of a Caf as its screen shows it; {@code version} -1 and {@code reglee}
 * false: the defaults, the Caf has not set it.
 */
public record CampagneVue(int exercice, NatureDeclaration nature, String natureLibelle, LocalDate ouverture, LocalDate echeance,
                          boolean reglee, long version, String modifiePar, Instant modifieLe) implements Serializable {

    static CampagneVue de(CalendrierCampagne calendrier, CampagneAfas stockee, NatureDeclaration nature, int exercice) {
        return new CampagneVue(exercice, nature, nature.getLibelle(), calendrier.ouverture(nature, exercice), calendrier.echeance(nature, exercice),
                stockee != null, stockee == null ? -1 : stockee.getVersion(), stockee == null ? null : stockee.getModifiePar(),
                stockee == null ? null : stockee.getModifieLe());
    }
}

package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Section Logement: occupation, landlord, rent. */
public record Logement(String statut, String bailleur, BigDecimal loyer, BigDecimal charges, Integer pieces, LocalDate depuis)
        implements Serializable {
}

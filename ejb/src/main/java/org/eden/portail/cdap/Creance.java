package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Section Créances: a debt (overpayment) and its recovery. */
public record Creance(String nature, LocalDate date, BigDecimal montantInitial, BigDecimal resteDu, BigDecimal retenueMensuelle)
        implements Serializable {
}

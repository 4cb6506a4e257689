package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Section Droits: one benefit, current ({@code fin} null) or ended, with its monthly amount. */
public record Droit(Prestation prestation, BigDecimal montant, LocalDate debut, LocalDate fin) implements Serializable {
}

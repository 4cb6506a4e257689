package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;

/** One benefit inside a monthly transfer (a recovery of a debt is a negative line). */
public record LignePaiement(String code, String libelle, BigDecimal montant) implements Serializable {
}

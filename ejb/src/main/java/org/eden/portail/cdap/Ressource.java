package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;

/** Section Ressources: income declared for a year, by person and nature. */
public record Ressource(int annee, String personne, String nature, BigDecimal montant) implements Serializable {
}

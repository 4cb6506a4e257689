package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;

/** One benefit inside a monthly transfer (a recovery of a debt is a negative line). */
public final class LignePaiement implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String libelle;
    private final BigDecimal montant;

    public LignePaiement(String code, String libelle, BigDecimal montant) {
        this.code = code;
        this.libelle = libelle;
        this.montant = montant;
    }

    public String getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }

    public BigDecimal getMontant() {
        return montant;
    }
}

package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Section Logement: occupation, landlord, rent. */
public final class Logement implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String statut;
    private final String bailleur;
    private final BigDecimal loyer;
    private final BigDecimal charges;
    private final Integer pieces;
    private final LocalDate depuis;

    public Logement(String statut, String bailleur, BigDecimal loyer, BigDecimal charges, Integer pieces, LocalDate depuis) {
        this.statut = statut;
        this.bailleur = bailleur;
        this.loyer = loyer;
        this.charges = charges;
        this.pieces = pieces;
        this.depuis = depuis;
    }

    public String getStatut() {
        return statut;
    }

    public String getBailleur() {
        return bailleur;
    }

    public BigDecimal getLoyer() {
        return loyer;
    }

    public BigDecimal getCharges() {
        return charges;
    }

    public Integer getPieces() {
        return pieces;
    }

    public LocalDate getDepuis() {
        return depuis;
    }
}

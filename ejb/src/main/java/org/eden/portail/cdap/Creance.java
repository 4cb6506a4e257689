package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Section Créances: a debt (overpayment) and its recovery. */
public final class Creance implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String nature;
    private final LocalDate date;
    private final BigDecimal montantInitial;
    private final BigDecimal resteDu;
    private final BigDecimal retenueMensuelle;

    public Creance(String nature, LocalDate date, BigDecimal montantInitial, BigDecimal resteDu, BigDecimal retenueMensuelle) {
        this.nature = nature;
        this.date = date;
        this.montantInitial = montantInitial;
        this.resteDu = resteDu;
        this.retenueMensuelle = retenueMensuelle;
    }

    public String getNature() {
        return nature;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getMontantInitial() {
        return montantInitial;
    }

    public BigDecimal getResteDu() {
        return resteDu;
    }

    public BigDecimal getRetenueMensuelle() {
        return retenueMensuelle;
    }
}

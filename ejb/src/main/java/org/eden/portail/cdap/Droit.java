package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Section Droits: one benefit, current ({@code fin} null) or ended, with its monthly amount. */
public final class Droit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Prestation prestation;
    private final BigDecimal montant;
    private final LocalDate debut;
    private final LocalDate fin;

    public Droit(Prestation prestation, BigDecimal montant, LocalDate debut, LocalDate fin) {
        this.prestation = prestation;
        this.montant = montant;
        this.debut = debut;
        this.fin = fin;
    }

    public Prestation getPrestation() {
        return prestation;
    }

    public BigDecimal getMontant() {
        return montant;
    }

    public LocalDate getDebut() {
        return debut;
    }

    public LocalDate getFin() {
        return fin;
    }
}

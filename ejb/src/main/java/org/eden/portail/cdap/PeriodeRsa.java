package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Section RSA: one period of entitlement to the RSA ({@code fin} null: receiving it now). */
public final class PeriodeRsa implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate debut;
    private final LocalDate fin;
    private final BigDecimal montantMensuel;

    public PeriodeRsa(LocalDate debut, LocalDate fin, BigDecimal montantMensuel) {
        this.debut = debut;
        this.fin = fin;
        this.montantMensuel = montantMensuel;
    }

    /** R-CDAP-5: receiving RSA on {@code jour}, or within the {@code mois} months before it. */
    public boolean dansLaFenetre(LocalDate jour, int mois) {
        return !debut.isAfter(jour) && (fin == null || !fin.isBefore(jour.minusMonths(mois)));
    }

    public boolean isEnCours() {
        return fin == null;
    }

    public LocalDate getDebut() {
        return debut;
    }

    public LocalDate getFin() {
        return fin;
    }

    public BigDecimal getMontantMensuel() {
        return montantMensuel;
    }
}

package org.eden.portail.cdap;

import jakarta.json.bind.annotation.JsonbProperty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Section RSA: one period of entitlement to the RSA ({@code fin} null: receiving it now). */
public record PeriodeRsa(LocalDate debut, LocalDate fin, BigDecimal montantMensuel) implements Serializable {

    /** R-CDAP-5: receiving RSA on {@code jour}, or within the {@code mois} months before it. */
    public boolean dansLaFenetre(LocalDate jour, int mois) {
        return !debut.isAfter(jour) && (fin == null || !fin.isBefore(jour.minusMonths(mois)));
    }

    /** Named for JSON-B, which would call a record's method by its full name. */
    @JsonbProperty("enCours")
    public boolean isEnCours() {
        return fin == null;
    }
}

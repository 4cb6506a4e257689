package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.time.YearMonth;

/** Which table: vintage, month, theme, level, régime and statut (ENSEMBLE for the CNAF). */
public record DemandeTableau(Millesime millesime, YearMonth mois, Theme theme, Niveau niveau, Regime regime, Statut statut)
        implements Serializable {

    public DemandeTableau {
        statut = regime == Regime.CNAF || statut == null ? Statut.ENSEMBLE : statut;
    }

    /** As the traces record it (their target id). */
    @Override
    public String toString() {
        return (millesime == null ? "*" : millesime.name()) + "/" + mois + "/" + theme + "/" + niveau + "/" + regime + "/" + statut;
    }
}

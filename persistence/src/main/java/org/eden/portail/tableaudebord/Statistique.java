package org.eden.portail.tableaudebord;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One figure of the statistics store: one cell of one Elisa table.
 *
 * @param code   a Caf's code (three digits), an MSA caisse's ({@code M01}…), a département's, or
 *               {@link Niveau#CODE_NATIONAL}
 * @param valeur a number of households or people, or an amount in euros (two decimals)
 * @param foyers the households the figure is computed on: statistical secrecy (R-TDB-5) reads it
 */
public record Statistique(Millesime millesime, YearMonth mois, Theme theme, Regime regime, Statut statut,
                          Niveau niveau, String code, String indicateur, BigDecimal valeur, long foyers) {

    /** The cell's place in its table, without the value: what a file may not give twice. */
    public String cle() {
        return millesime + ";" + mois + ";" + theme + ";" + regime + ";" + statut + ";" + niveau + ";" + code + ";" + indicateur;
    }
}

package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.util.List;

/**
 * One Elisa table as the caller may see it (R-TDB-3, R-TDB-4, R-TDB-5): the rows of his scope
 * with their figures, secret ones masked, the country's row below when the level is not national,
 * or no row and the reason. The summary is the short text that goes with the chart.
 */
public record TableauTdb(String millesime, String mois, String theme, String themeLibelle, String niveau, String regime,
                         String statut, List<Indicateur> indicateurs, List<LigneTdb> lignes, LigneTdb total, String motif,
                         String resume, int seuilSecret) implements Serializable {

    /**
     * @param total the country's row under a caisse or département table; null at the national level or when refused
     * @param motif why the table is empty (R-TDB-4), null when it is not refused
     */
    public TableauTdb {
        lignes = List.copyOf(lignes);
    }

    /** The table of a theme: its name, label and indicators, and the choices by their names. */
    public TableauTdb(String millesime, String mois, Theme theme, Niveau niveau, Regime regime, Statut statut,
                      List<LigneTdb> lignes, LigneTdb total, String motif, String resume, int seuilSecret) {
        this(millesime, mois, theme.name(), theme.getLibelle(), niveau.name(), regime.name(), statut.name(),
                theme.getIndicateurs(), lignes, total, motif, resume, seuilSecret);
    }
}

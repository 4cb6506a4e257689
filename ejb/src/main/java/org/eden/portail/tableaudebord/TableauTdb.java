package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.util.List;

/**
 * One Elisa table as the caller may see it (R-TDB-3, R-TDB-4, R-TDB-5): the rows of his scope
 * with their figures, secret ones masked, the country's row below when the level is not national,
 * or no row and the reason. The summary is the short text that goes with the chart.
 */
public final class TableauTdb implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String millesime;
    private final String mois;
    private final String theme;
    private final String themeLibelle;
    private final String niveau;
    private final String regime;
    private final String statut;
    private final List<Indicateur> indicateurs;
    private final List<LigneTdb> lignes;
    private final LigneTdb total;
    private final String motif;
    private final String resume;
    private final int seuilSecret;

    public TableauTdb(String millesime, String mois, Theme theme, Niveau niveau, Regime regime, Statut statut,
                      List<LigneTdb> lignes, LigneTdb total, String motif, String resume, int seuilSecret) {
        this.millesime = millesime;
        this.mois = mois;
        this.theme = theme.name();
        this.themeLibelle = theme.getLibelle();
        this.niveau = niveau.name();
        this.regime = regime.name();
        this.statut = statut.name();
        this.indicateurs = theme.getIndicateurs();
        this.lignes = List.copyOf(lignes);
        this.total = total;
        this.motif = motif;
        this.resume = resume;
        this.seuilSecret = seuilSecret;
    }

    public String getMillesime() {
        return millesime;
    }

    public String getMois() {
        return mois;
    }

    public String getTheme() {
        return theme;
    }

    public String getThemeLibelle() {
        return themeLibelle;
    }

    public String getNiveau() {
        return niveau;
    }

    public String getRegime() {
        return regime;
    }

    public String getStatut() {
        return statut;
    }

    public List<Indicateur> getIndicateurs() {
        return indicateurs;
    }

    public List<LigneTdb> getLignes() {
        return lignes;
    }

    /** The country's row under a caisse or département table; null at the national level or when refused. */
    public LigneTdb getTotal() {
        return total;
    }

    /** Why the table is empty (R-TDB-4), null when it is not refused. */
    public String getMotif() {
        return motif;
    }

    public String getResume() {
        return resume;
    }

    public int getSeuilSecret() {
        return seuilSecret;
    }
}

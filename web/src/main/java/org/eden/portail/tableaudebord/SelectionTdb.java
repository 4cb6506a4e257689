package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * What a Tableau de bord screen reads: a vintage and a month, a level, a régime and, in the MSA's
 * tables, a status (R-TDB-3, R-TDB-4). The Elisa tables, the comparison of vintages and the import
 * (its vintage and month only) hold one; the pages bind {@code #{bean.selection.niveau}}…
 */
public class SelectionTdb implements Serializable {

    private static final long serialVersionUID = 1L;

    private String millesime;
    private String mois;
    private String niveau;
    private String regime;
    private String statut = Statut.ENSEMBLE.name();

    SelectionTdb(Millesime millesime, Niveau niveau, Regime regime) {
        this.millesime = millesime == null ? null : millesime.name();
        this.niveau = niveau.name();
        this.regime = regime == null ? null : regime.name();
    }

    /**
     * After a change of level: the régime stays one the level opens (its first else, the CNAF where
     * it opens none), and the CNAF's tables have no status.
     */
    void ajusterRegime(List<String> regimes) {
        if (regime == null || !regimes.contains(regime)) {
            regime = regimes.isEmpty() ? Regime.CNAF.name() : regimes.get(0);
        }
        if (Regime.CNAF.name().equals(regime)) {
            statut = Statut.ENSEMBLE.name();
        }
    }

    /** The table of {@code theme} for this selection, in {@code vintage} (the selected one when null). */
    DemandeTableau demande(Millesime vintage, Theme theme) {
        return new DemandeTableau(vintage == null ? Millesime.valueOf(millesime) : vintage, YearMonth.parse(mois), theme,
                Niveau.valueOf(niveau), Regime.valueOf(regime), Statut.valueOf(statut));
    }

    public boolean isStatutPropose() {
        return Regime.MSA.name().equals(regime);
    }

    public Niveau[] getNiveaux() {
        return Niveau.values();
    }

    public Statut[] getStatuts() {
        return Statut.values();
    }

    public String libelleRegime(String code) {
        return Regime.valueOf(code).getLibelle();
    }

    public String getMillesime() {
        return millesime;
    }

    public void setMillesime(String millesime) {
        this.millesime = millesime;
    }

    public String getMois() {
        return mois;
    }

    public void setMois(String mois) {
        this.mois = mois;
    }

    public String getNiveau() {
        return niveau;
    }

    public void setNiveau(String niveau) {
        this.niveau = niveau;
    }

    public String getRegime() {
        return regime;
    }

    public void setRegime(String regime) {
        this.regime = regime;
    }

    public String getStatut() {
        return statut;
    }

    public void setStatut(String statut) {
        this.statut = statut;
    }
}

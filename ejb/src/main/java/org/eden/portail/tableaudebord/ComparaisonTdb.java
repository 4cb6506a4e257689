package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.util.List;

/** R-TDB-6: one indicator of one table in the vintages FR1 → FR2 → FR6 of a month. */
public final class ComparaisonTdb implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String mois;
    private final String theme;
    private final String indicateur;
    private final String indicateurLibelle;
    private final String niveau;
    private final String regime;
    private final String statut;
    private final List<String> millesimes;
    private final List<LigneComparaison> lignes;
    private final String motif;

    public ComparaisonTdb(String mois, Theme theme, Indicateur indicateur, Niveau niveau, Regime regime, Statut statut,
                          List<String> millesimes, List<LigneComparaison> lignes, String motif) {
        this.mois = mois;
        this.theme = theme.name();
        this.indicateur = indicateur.code();
        this.indicateurLibelle = indicateur.libelle();
        this.niveau = niveau.name();
        this.regime = regime.name();
        this.statut = statut.name();
        this.millesimes = List.copyOf(millesimes);
        this.lignes = List.copyOf(lignes);
        this.motif = motif;
    }

    public String getMois() {
        return mois;
    }

    public String getTheme() {
        return theme;
    }

    public String getIndicateur() {
        return indicateur;
    }

    public String getIndicateurLibelle() {
        return indicateurLibelle;
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

    public List<String> getMillesimes() {
        return millesimes;
    }

    public List<LigneComparaison> getLignes() {
        return lignes;
    }

    public String getMotif() {
        return motif;
    }
}

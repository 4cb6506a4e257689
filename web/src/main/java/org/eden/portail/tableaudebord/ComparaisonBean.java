package org.eden.portail.tableaudebord;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

/** R-TDB-6: one indicator of a table, in the vintages FR1 → FR2 → FR6 of a month, with the revisions. */
@Named
@ViewScoped
public class ComparaisonBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TableauDeBordService service;

    private OffreTdb offre;
    private String mois;
    private String theme = Theme.PERSONNES_COUVERTES.name();
    private String indicateur;
    private String niveau = Niveau.NATIONAL.name();
    private String regime = Regime.CNAF.name();
    private String statut = Statut.ENSEMBLE.name();
    private ComparaisonTdb comparaison;

    public void ouvrir() {
        try {
            offre = service.offre();
        } catch (AuthorizationException refus) {
            MessagesEcran.accesRefuse();
            return;
        }
        // The latest month with more than one vintage, else the latest month.
        mois = getMoisDisponibles().stream().filter(m -> offre.getMoisParMillesime().values().stream().filter(l -> l.contains(m)).count() > 1)
                .findFirst().orElse(getMoisDisponibles().isEmpty() ? null : getMoisDisponibles().get(0));
        changer();
    }

    public void changer() {
        Theme t = Theme.valueOf(theme);
        if (!getThemes().contains(t)) {
            theme = getThemes().get(0).name();
            t = Theme.valueOf(theme);
        }
        Theme choisi = t;
        if (indicateur == null || choisi.indicateur(indicateur).isEmpty()) {
            indicateur = choisi.getIndicateurs().get(0).code();
        }
        List<String> regimes = getRegimes();
        if (!regimes.isEmpty() && !regimes.contains(regime)) {
            regime = regimes.get(0);
        }
        if (Regime.CNAF.name().equals(regime)) {
            statut = Statut.ENSEMBLE.name();
        }
        comparaison = mois == null ? null : service.comparer(new DemandeTableau(Millesime.FR6, YearMonth.parse(mois), choisi,
                Niveau.valueOf(niveau), Regime.valueOf(regime), Statut.valueOf(statut)), indicateur);
    }

    public ComparaisonTdb getComparaison() {
        return comparaison;
    }

    public String getGraphique() {
        return comparaison == null ? "{}" : GraphiqueTdb.de(comparaison);
    }

    public List<String> getMoisDisponibles() {
        return offre == null ? List.of()
                : new TreeSet<>(offre.getMoisParMillesime().values().stream().flatMap(List::stream).toList()).descendingSet().stream().toList();
    }

    public List<Theme> getThemes() {
        return offre == null ? List.of() : offre.getFamilles().stream().flatMap(f -> Theme.de(Famille.valueOf(f)).stream()).toList();
    }

    public List<Indicateur> getIndicateurs() {
        return Theme.valueOf(theme).getIndicateurs();
    }

    public List<String> getRegimes() {
        return offre == null ? List.of() : offre.getRegimesParFamilleEtNiveau().get(Theme.valueOf(theme).getFamille().name()).get(niveau);
    }

    public boolean isInterrupteurMsa() {
        return getRegimes().size() > 1;
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

    public String getNomFichier() {
        return "comparaison-" + theme.toLowerCase() + "-" + indicateur.toLowerCase() + "-" + mois + "-" + niveau.toLowerCase() + "-" + regime.toLowerCase();
    }

    public String getMois() {
        return mois;
    }

    public void setMois(String mois) {
        this.mois = mois;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getIndicateur() {
        return indicateur;
    }

    public void setIndicateur(String indicateur) {
        this.indicateur = indicateur;
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

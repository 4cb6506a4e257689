package org.eden.portail.tableaudebord;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
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
    private final SelectionTdb selection = new SelectionTdb(Millesime.FR6, Niveau.NATIONAL, Regime.CNAF);
    private String theme = Theme.PERSONNES_COUVERTES.name();
    private String indicateur;
    private ComparaisonTdb comparaison;

    public void ouvrir() {
        offre = TableauDeBordEcran.offreOuRefus(service);
        if (offre == null) {
            return;
        }
        // The latest month with more than one vintage, else the latest month.
        List<String> moisDisponibles = getMoisDisponibles();
        selection.setMois(moisDisponibles.stream()
                .filter(m -> offre.getMoisParMillesime().values().stream().filter(l -> l.contains(m)).count() > 1)
                .findFirst().orElse(moisDisponibles.isEmpty() ? null : moisDisponibles.get(0)));
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
        selection.ajusterRegime(getRegimes());
        // The comparison is read in the latest vintage, FR6, whatever the ones it compares.
        comparaison = selection.getMois() == null ? null : service.comparer(selection.demande(Millesime.FR6, choisi), indicateur);
    }

    public SelectionTdb getSelection() {
        return selection;
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
        return offre == null ? List.of()
                : offre.getRegimesParFamilleEtNiveau().get(Theme.valueOf(theme).getFamille().name()).get(selection.getNiveau());
    }

    public boolean isInterrupteurMsa() {
        return getRegimes().size() > 1;
    }

    public String getNomFichier() {
        return "comparaison-" + theme.toLowerCase() + "-" + indicateur.toLowerCase() + "-" + selection.getMois() + "-"
                + selection.getNiveau().toLowerCase() + "-" + selection.getRegime().toLowerCase();
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
}

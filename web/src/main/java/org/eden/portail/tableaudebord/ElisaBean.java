package org.eden.portail.tableaudebord;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.shared.MessagesEcran;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Elisa screen (R-TDB-3): a selector of vintage, month, level and régime (and statut for the
 * MSA), then one tab per theme of the dashboard with its table, its chart and its summary. The
 * selector offers what the caller's scope opens (R-TDB-4: no MSA switch where no MSA table is
 * open), but the service decides: a forbidden level answers its reason in place of the table.
 */
@Named
@ViewScoped
public class ElisaBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TableauDeBordService service;

    private String famille = Famille.RSA.name();
    private OffreTdb offre;
    private final SelectionTdb selection = new SelectionTdb(null, Niveau.DEPARTEMENT, null);
    private final Map<String, TableauTdb> tableaux = new HashMap<>();

    /** At the page's load (f:viewAction): the offer, and the latest month loaded. */
    public void ouvrir() {
        offre = TableauDeBordEcran.offreOuRefus(service);
        if (offre == null) {
            return;
        }
        if (!offre.getFamilles().contains(famille)) {
            MessagesEcran.accesRefuse();
            return;
        }
        for (String m : List.of("FR6", "FR2", "FR1")) {
            List<String> moisCharges = offre.getMoisParMillesime().get(m);
            if (selection.getMillesime() == null && !moisCharges.isEmpty()) {
                selection.setMillesime(m);
            }
        }
        if (selection.getMillesime() == null) {
            selection.setMillesime(Millesime.FR1.name());
        }
        String plusRecent = offre.getMoisParMillesime().values().stream().flatMap(List::stream).max(String::compareTo).orElse(null);
        // The latest month of any vintage, read in its latest vintage.
        if (plusRecent != null) {
            selection.setMois(plusRecent);
            selection.setMillesime(List.of("FR6", "FR2", "FR1").stream()
                    .filter(m -> offre.getMoisParMillesime().get(m).contains(plusRecent))
                    .findFirst().orElse(selection.getMillesime()));
        }
        selection.ajusterRegime(getRegimes());
    }

    /** After any change of the selector: the régime stays one the level opens, the tables are read again. */
    public void changer() {
        selection.ajusterRegime(getRegimes());
        String mois = selection.getMois();
        if (mois != null && !getMoisDisponibles().contains(mois) && !getMoisDisponibles().isEmpty()) {
            selection.setMois(getMoisDisponibles().get(0));
        }
        tableaux.clear();
    }


    /** One theme's table, read once per selection. */
    public TableauTdb tableau(String theme) {
        if (selection.getMois() == null) {
            return null;
        }
        return tableaux.computeIfAbsent(theme, t -> service.tableau(selection.demande(null, Theme.valueOf(t))));
    }

    /** The rows and the country's row under them: what the table shows and the exports write. */
    public List<LigneTdb> lignes(String theme) {
        TableauTdb t = tableau(theme);
        if (t == null) {
            return List.of();
        }
        List<LigneTdb> lignes = new ArrayList<>(t.lignes());
        if (t.total() != null) {
            lignes.add(t.total());
        }
        return lignes;
    }

    public String graphique(String theme) {
        TableauTdb t = tableau(theme);
        return t == null ? "{}" : GraphiqueTdb.de(t);
    }

    public List<Theme> getThemes() {
        return Theme.de(Famille.valueOf(famille));
    }

    public String getTitre() {
        return Famille.valueOf(famille).getLibelle();
    }

    public List<String> getRegimes() {
        return offre == null ? List.of() : offre.getRegimesParFamilleEtNiveau().get(famille).get(selection.getNiveau());
    }

    /** R-TDB-4: the CNAF/MSA switch only where both tables are open. */
    public boolean isInterrupteurMsa() {
        return getRegimes().size() > 1;
    }

    public List<String> getMoisDisponibles() {
        String millesime = selection.getMillesime();
        return offre == null || millesime == null ? List.of() : offre.getMoisParMillesime().get(millesime);
    }

    public Millesime[] getMillesimes() {
        return Millesime.values();
    }

    public String nomFichier(String theme) {
        return "elisa-" + theme.toLowerCase() + "-" + selection.getMillesime() + "-" + selection.getMois() + "-"
                + selection.getNiveau().toLowerCase() + "-" + selection.getRegime().toLowerCase()
                + (selection.isStatutPropose() ? "-" + selection.getStatut().toLowerCase() : "");
    }

    public SelectionTdb getSelection() {
        return selection;
    }

    public String getFamille() {
        return famille;
    }

    public void setFamille(String famille) {
        this.famille = famille == null || famille.isBlank() ? Famille.RSA.name()
                : java.util.Arrays.stream(Famille.values()).map(Enum::name).filter(famille::equals).findFirst().orElse(Famille.RSA.name());
    }
}

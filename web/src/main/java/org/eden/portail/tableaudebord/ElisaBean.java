package org.eden.portail.tableaudebord;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;

import java.io.Serializable;
import java.time.YearMonth;
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
    private String millesime;
    private String mois;
    private String niveau = Niveau.DEPARTEMENT.name();
    private String regime;
    private String statut = Statut.ENSEMBLE.name();
    private final Map<String, TableauTdb> tableaux = new HashMap<>();

    /** At the page's load (f:viewAction): the offer, and the latest month loaded. */
    public void ouvrir() {
        try {
            offre = service.offre();
        } catch (AuthorizationException refus) {
            MessagesEcran.accesRefuse();
            return;
        }
        if (!offre.getFamilles().contains(famille)) {
            MessagesEcran.accesRefuse();
            return;
        }
        for (String m : List.of("FR6", "FR2", "FR1")) {
            List<String> moisCharges = offre.getMoisParMillesime().get(m);
            if (millesime == null && !moisCharges.isEmpty()) {
                millesime = m;
            }
        }
        if (millesime == null) {
            millesime = Millesime.FR1.name();
        }
        String plusRecent = offre.getMoisParMillesime().values().stream().flatMap(List::stream).max(String::compareTo).orElse(null);
        // The latest month of any vintage, read in its latest vintage.
        if (plusRecent != null) {
            mois = plusRecent;
            millesime = List.of("FR6", "FR2", "FR1").stream().filter(m -> offre.getMoisParMillesime().get(m).contains(plusRecent))
                    .findFirst().orElse(millesime);
        }
        ajusterRegime();
    }

    /** After any change of the selector: the régime stays one the level opens, the tables are read again. */
    public void changer() {
        ajusterRegime();
        if (mois != null && !getMoisDisponibles().contains(mois) && !getMoisDisponibles().isEmpty()) {
            mois = getMoisDisponibles().get(0);
        }
        tableaux.clear();
    }

    private void ajusterRegime() {
        List<String> regimes = getRegimes();
        if (regime == null || !regimes.contains(regime)) {
            regime = regimes.isEmpty() ? Regime.CNAF.name() : regimes.get(0);
        }
        if (Regime.CNAF.name().equals(regime)) {
            statut = Statut.ENSEMBLE.name();
        }
    }

    /** One theme's table, read once per selection. */
    public TableauTdb tableau(String theme) {
        if (mois == null) {
            return null;
        }
        return tableaux.computeIfAbsent(theme, t -> service.tableau(new DemandeTableau(Millesime.valueOf(millesime), YearMonth.parse(mois),
                Theme.valueOf(t), Niveau.valueOf(niveau), Regime.valueOf(regime), Statut.valueOf(statut))));
    }

    /** The rows and the country's row under them: what the table shows and the exports write. */
    public List<LigneTdb> lignes(String theme) {
        TableauTdb t = tableau(theme);
        if (t == null) {
            return List.of();
        }
        List<LigneTdb> lignes = new ArrayList<>(t.getLignes());
        if (t.getTotal() != null) {
            lignes.add(t.getTotal());
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
        return offre == null ? List.of() : offre.getRegimesParFamilleEtNiveau().get(famille).get(niveau);
    }

    /** R-TDB-4: the CNAF/MSA switch only where both tables are open. */
    public boolean isInterrupteurMsa() {
        return getRegimes().size() > 1;
    }

    public boolean isStatutPropose() {
        return Regime.MSA.name().equals(regime);
    }

    public List<String> getMoisDisponibles() {
        return offre == null || millesime == null ? List.of() : offre.getMoisParMillesime().get(millesime);
    }

    public Millesime[] getMillesimes() {
        return Millesime.values();
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

    public String nomFichier(String theme) {
        return "elisa-" + theme.toLowerCase() + "-" + millesime + "-" + mois + "-" + niveau.toLowerCase() + "-" + regime.toLowerCase()
                + (isStatutPropose() ? "-" + statut.toLowerCase() : "");
    }

    public String getFamille() {
        return famille;
    }

    public void setFamille(String famille) {
        this.famille = famille == null || famille.isBlank() ? Famille.RSA.name()
                : java.util.Arrays.stream(Famille.values()).map(Enum::name).filter(famille::equals).findFirst().orElse(Famille.RSA.name());
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

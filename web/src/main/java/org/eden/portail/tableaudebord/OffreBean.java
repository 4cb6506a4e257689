package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The « OFFRE TDB » page (R-TDB-1): the caller's profiles, the dashboards they open and, per level, the régimes open. */
@Named
@RequestScoped
public class OffreBean {

    @Inject
    TableauDeBordService service;

    private OffreTdb offre;

    public void ouvrir() {
        offre = TableauDeBordEcran.offreOuRefus(service);
    }

    public OffreTdb getOffre() {
        return offre;
    }

    public List<String> getProfils() {
        return offre == null ? List.of() : offre.getProfils().stream().map(p -> ProfilTdb.valueOf(p).getLibelle()).toList();
    }

    public String getProfilsTexte() {
        return getProfils().isEmpty() ? "aucun" : String.join(", ", getProfils());
    }

    public boolean ouvre(String famille) {
        return offre != null && offre.getFamilles().contains(famille);
    }

    public Niveau[] getNiveaux() {
        return Niveau.values();
    }

    /** « CNAF (Caf) et MSA », « MSA », or « — » for a level no régime opens. */
    public String regimes(String famille, Niveau niveau) {
        List<String> regimes = offre == null ? List.of() : offre.getRegimesParFamilleEtNiveau().get(famille).get(niveau.name());
        return regimes.isEmpty() ? "— (non ouvert)" : String.join(" et ", regimes.stream().map(r -> Regime.valueOf(r).getLibelle()).toList());
    }
}

package org.eden.portail.convention;

import static org.eden.portail.shared.ModeleRecherche.champ;
import static org.eden.portail.shared.ModeleRecherche.croissant;
import static org.eden.portail.shared.ModeleRecherche.enumeration;
import static org.eden.portail.shared.ModeleRecherche.valeur;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.shared.CritereOrganismes;
import org.eden.portail.shared.FicheOrganisme;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.TypeOrganisme;
import org.eden.portail.shared.ModeleRecherche;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The partner organisations of the person's Caf: a lazy list, filtered and sorted by the database. */
@Named
@ViewScoped
public class PartenairesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganismeService service;

    private final LazyDataModel<FicheOrganisme> partenaires = ModeleRecherche.sur(
            filtres -> service.compter(critere(filtres)),
            (premier, nombre, tri, filtres) -> service.rechercher(critere(filtres), premier, nombre, tri(champ(tri)), croissant(tri, true)),
            fiche -> String.valueOf(fiche.getId()));
    private boolean peutEnregistrer;

    public void ouvrir() {
        if (service.cafsConsultables().isEmpty()) {
            MessagesEcran.accesRefuse();
            return;
        }
        peutEnregistrer = !service.cafsOuEnregistrer().isEmpty();
    }

    public LazyDataModel<FicheOrganisme> getPartenaires() {
        return partenaires;
    }

    public boolean isPeutEnregistrer() {
        return peutEnregistrer;
    }

    public TypeOrganisme[] getTypes() {
        return TypeOrganisme.values();
    }

    private static CritereOrganismes critere(Map<String, FilterMeta> filtres) {
        return new CritereOrganismes(List.of(), enumeration(TypeOrganisme.class, valeur(filtres, "typeLibelle")),
                valeur(filtres, "globalFilter"));
    }

    private static CritereOrganismes.Tri tri(String champ) {
        return switch (champ == null ? "" : champ) {
            case "typeLibelle" -> CritereOrganismes.Tri.TYPE;
            case "siret" -> CritereOrganismes.Tri.SIRET;
            case "commune" -> CritereOrganismes.Tri.COMMUNE;
            case "codeCaf" -> CritereOrganismes.Tri.CAF;
            default -> CritereOrganismes.Tri.NOM;
        };
    }
}

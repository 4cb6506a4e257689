package org.eden.portail.convention;

import static org.eden.portail.shared.ModeleRecherche.champ;
import static org.eden.portail.shared.ModeleRecherche.croissant;
import static org.eden.portail.shared.ModeleRecherche.enumeration;
import static org.eden.portail.shared.ModeleRecherche.valeur;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.TypeOrganisme;
import org.eden.portail.shared.ModeleRecherche;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * R-CONV-9: the back office's list of conventions. Filters, sorting and pages are the database's
 * (the lazy model asks {@link ConventionService} for one page and a count); the service bounds it
 * to the Cafs the person may read.
 */
@Named
@ViewScoped
public class ConventionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The global filter: part of the number, the partner's name or its SIRET. */
    static final String TEXTE = "globalFilter";

    @Inject
    ConventionService service;

    private final LazyDataModel<ConventionLigne> conventions = ModeleRecherche.sur(
            filtres -> service.compter(critere(filtres)),
            (premier, nombre, tri, filtres) -> service.rechercher(critere(filtres), premier, nombre, tri(champ(tri)), croissant(tri, false)),
            ligne -> String.valueOf(ligne.id()));
    private List<String> cafs;
    private List<String> cafsOuEnregistrer;

    /** f:viewAction: a person who may read no Caf's conventions gets 403. */
    public void ouvrir() {
        cafs = service.cafsConsultables();
        if (cafs.isEmpty()) {
            MessagesEcran.accesRefuse();
            return;
        }
        cafsOuEnregistrer = cafs.stream()
                .filter(code -> SecurityUtils.getSubject().isPermitted(PermissionsConventions.CONVENTION_ENREGISTRER.sur(code)))
                .toList();
    }

    public LazyDataModel<ConventionLigne> getConventions() {
        return conventions;
    }

    public List<String> getCafs() {
        return cafs;
    }

    public boolean isPeutEnregistrer() {
        return cafsOuEnregistrer != null && !cafsOuEnregistrer.isEmpty();
    }

    public StatutConvention[] getStatuts() {
        return StatutConvention.values();
    }

    public TypeOrganisme[] getTypes() {
        return TypeOrganisme.values();
    }

    public List<String> getServices() {
        return List.of(ServiceCatalogue.CDAP, ServiceCatalogue.AFAS, ServiceCatalogue.TABLEAU_DE_BORD);
    }

    static CritereConventions critere(Map<String, FilterMeta> filtres) {
        return new CritereConventions(List.of(), valeur(filtres, "codeCaf"),
                enumeration(StatutConvention.class, valeur(filtres, "statutLibelle")),
                valeur(filtres, "services"),
                enumeration(TypeOrganisme.class, valeur(filtres, "typeOrganisme")),
                valeur(filtres, TEXTE));
    }

    static TriConventions tri(String champ) {
        return switch (champ == null ? "" : champ) {
            case "codeCaf" -> TriConventions.CAF;
            case "organisme" -> TriConventions.ORGANISME;
            case "typeOrganisme" -> TriConventions.TYPE_ORGANISME;
            case "statutLibelle" -> TriConventions.STATUT;
            case "mode" -> TriConventions.MODE;
            case "dateDebut" -> TriConventions.DATE_DEBUT;
            default -> TriConventions.NUMERO;
        };
    }
}

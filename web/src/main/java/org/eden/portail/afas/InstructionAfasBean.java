package org.eden.portail.afas;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.Fuseau;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.ModeleRecherche;
import org.eden.portail.shared.RegleMetierException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * "AFAS : instruction" (R-AFAS-2, R-AFAS-5, R-AFAS-7): the Caf's declarations in a lazy table
 * filtered by exercice, kind, status, partner, type of équipement, lateness and
 * whether the warnings are justified, exported in CSV and
 * XLSX; and the late list of an exercice, per partner. Thin over InstructionService.
 */
@Named
@ViewScoped
public class InstructionAfasBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstructionService service;

    @Inject
    CampagneService campagnes;

    @Inject
    Clock horloge;

    private final CafDeLaVue caf = new CafDeLaVue();
    private Integer exercice;
    private NatureDeclaration nature;
    private StatutDeclaration statut;
    private Long organismeId;
    private TypeEquipement type;
    private boolean enRetard;
    private Avertissements avertissements;
    private List<PartenaireAfas> partenaires = List.of();
    private List<RetardVue> retards = List.of();
    private final LazyDataModel<DeclarationResume> declarations = new Modele();

    /** f:viewAction: this year's declarations of the caller's Caf. */
    public void charger() {
        if (!caf.ouvrir(campagnes::maCaf, MessagesEcran::accesRefuse)) {
            return;
        }
        // Every exercice at first: in January the campaign of the year has not opened yet, and a table
        // filtered on it would show nothing of what waits (last year's réel, late prévisionnels).
        exercice = null;
        try {
            partenaires = service.partenaires(caf.code());
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
        }
        lireRetards();
    }

    /** The late list follows the exercice chosen (this year when "all" is chosen). */
    public void lireRetards() {
        try {
            retards = service.retards(caf.code(), exercice == null ? annee() : exercice);
        } catch (RegleMetierException | AuthorizationException refus) {
            retards = List.of();
            MessagesEcran.refus(refus);
        }
    }

    private int annee() {
        return LocalDate.ofInstant(horloge.instant(), Fuseau.PARIS).getYear();
    }

    public List<Integer> getExercices() {
        int annee = annee();
        return IntStream.rangeClosed(annee - 4, annee + 1).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public NatureDeclaration[] getNatures() {
        return NatureDeclaration.values();
    }

    public StatutDeclaration[] getStatuts() {
        return StatutDeclaration.values();
    }

    public TypeEquipement[] getTypes() {
        return TypeEquipement.values();
    }

    /** Reads the filters' page once per request: the count and the page come from one search. */
    private class Modele extends ModeleRecherche<DeclarationResume> {

        private static final long serialVersionUID = 1L;

        private transient List<DeclarationResume> trouvees;

        @Override
        protected String cle(DeclarationResume ligne) {
            return String.valueOf(ligne.id());
        }

        @Override
        protected long compter(Map<String, FilterMeta> filtres) {
            trouvees = caf.code() == null ? List.of()
                    : service.declarations(caf.code(), new FiltreDeclarations(exercice, nature, statut, organismeId, type), enRetard,
                    avertissements);
            return trouvees.size();
        }

        @Override
        protected List<DeclarationResume> lire(int premier, int nombre, SortMeta tri, Map<String, FilterMeta> filtres) {
            if (trouvees == null) {
                compter(filtres);
            }
            return trouvees.subList(Math.min(premier, trouvees.size()), Math.min(premier + nombre, trouvees.size()));
        }
    }

    public LazyDataModel<DeclarationResume> getDeclarations() {
        return declarations;
    }

    public String getCodeCaf() {
        return caf.code();
    }

    public Integer getExercice() {
        return exercice;
    }

    public void setExercice(Integer exercice) {
        this.exercice = exercice;
    }

    public NatureDeclaration getNature() {
        return nature;
    }

    public void setNature(NatureDeclaration nature) {
        this.nature = nature;
    }

    public StatutDeclaration getStatut() {
        return statut;
    }

    public void setStatut(StatutDeclaration statut) {
        this.statut = statut;
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public void setOrganismeId(Long organismeId) {
        this.organismeId = organismeId;
    }

    public TypeEquipement getType() {
        return type;
    }

    public void setType(TypeEquipement type) {
        this.type = type;
    }

    public boolean isEnRetard() {
        return enRetard;
    }

    public void setEnRetard(boolean enRetard) {
        this.enRetard = enRetard;
    }

    public Avertissements getAvertissements() {
        return avertissements;
    }

    public void setAvertissements(Avertissements avertissements) {
        this.avertissements = avertissements;
    }

    public Avertissements[] getEtatsAvertissements() {
        return Avertissements.values();
    }

    public List<PartenaireAfas> getPartenaires() {
        return partenaires;
    }

    public List<RetardVue> getRetards() {
        return retards;
    }
}

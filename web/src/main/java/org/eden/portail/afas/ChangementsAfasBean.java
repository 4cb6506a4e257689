package org.eden.portail.afas;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.ModeleRecherche;
import org.eden.portail.shared.PeriodeSaisie;
import org.eden.portail.shared.RegleMetierException;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/**
 * "AFAS : changements signalés" (R-HAB-13): the Caf's dated feed of the changes of its partners'
 * AFAS role holders and of the équipements' providers and approver, in a lazy table filtered by
 * period, partner and kind of change (the service's query and count), exported in CSV and XLSX.
 */
@Named
@ViewScoped
public class ChangementsAfasBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChangementsAfasService service;

    @Inject
    InstructionService instruction;

    @Inject
    CampagneService campagnes;

    private final CafDeLaVue caf = new CafDeLaVue();
    private final PeriodeSaisie periode = new PeriodeSaisie();
    private Long organismeId;
    private ChangementAfas.Sorte sorte;
    private List<PartenaireAfas> partenaires = List.of();
    private final LazyDataModel<ChangementVue> changements = ModeleRecherche.sur(
            filtres -> caf.code() == null ? 0 : service.compter(caf.code(), filtre()),
            (premier, nombre, tri, filtres) -> caf.code() == null ? List.of() : service.changements(caf.code(), filtre(), premier, nombre),
            ligne -> String.valueOf(ligne.id()));

    /** f:viewAction: the caller's Caf. */
    public void charger() {
        if (!caf.ouvrir(campagnes::maCaf, MessagesEcran::accesRefuse)) {
            return;
        }
        try {
            service.compter(caf.code(), FiltreChangements.TOUS);
            partenaires = instruction.partenaires(caf.code());
        } catch (AuthorizationException refus) {
            MessagesEcran.accesRefuse();
        } catch (RegleMetierException refus) {
            MessagesEcran.refus(refus);
        }
    }

    private FiltreChangements filtre() {
        if (periode.isVide()) {
            throw new RegleMetierException("R-HAB-13", "La période est vide : la date de fin précède la date de début.");
        }
        return new FiltreChangements(periode.debut(), periode.finExclue(), organismeId, sorte);
    }

    public LazyDataModel<ChangementVue> getChangements() {
        return changements;
    }

    public ChangementAfas.Sorte[] getSortes() {
        return ChangementAfas.Sorte.values();
    }

    public String getCodeCaf() {
        return caf.code();
    }

    public PeriodeSaisie getPeriode() {
        return periode;
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public void setOrganismeId(Long organismeId) {
        this.organismeId = organismeId;
    }

    public ChangementAfas.Sorte getSorte() {
        return sorte;
    }

    public void setSorte(ChangementAfas.Sorte sorte) {
        this.sorte = sorte;
    }

    public List<PartenaireAfas> getPartenaires() {
        return partenaires;
    }
}

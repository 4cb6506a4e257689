package org.eden.portail.afas;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.shared.RegleMetierException;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** "AFAS : déclarations": the caller's équipements and their declarations; a provider opens a new one (R-AFAS-2, R-AFAS-10). */
@Named
@ViewScoped
public class DeclarationsAfasBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EquipementService equipementService;

    @Inject
    DeclarationService declarationService;

    private List<EquipementVue> equipements;
    private List<DeclarationResume> declarations;
    private Long equipementId;
    @Inject
    Clock horloge;

    private Integer exercice;
    private NatureDeclaration nature = NatureDeclaration.PREVISIONNEL;
    private boolean preremplir = true;

    @PostConstruct
    void charger() {
        exercice = LocalDate.ofInstant(horloge.instant(), org.eden.portail.shared.Fuseau.PARIS).getYear();
        equipements = equipementService.mesEquipements();
        declarations = declarationService.mesDeclarations();
        if (!equipements.isEmpty()) {
            equipementId = equipements.get(0).id();
        }
    }

    public void ouvrir() throws IOException {
        try {
            DeclarationVue d = declarationService.ouvrir(equipementId, exercice == null ? 0 : exercice, nature, preremplir);
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/afas/declaration.xhtml?id="
                            + d.resume().id());
        } catch (RegleMetierException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Déclaration non ouverte",
                    e.getMessage()));
        }
    }

    public NatureDeclaration[] getNatures() {
        return NatureDeclaration.values();
    }

    public List<EquipementVue> getEquipements() {
        return equipements;
    }

    public List<DeclarationResume> getDeclarations() {
        return declarations;
    }

    public Long getEquipementId() {
        return equipementId;
    }

    public void setEquipementId(Long equipementId) {
        this.equipementId = equipementId;
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

    public boolean isPreremplir() {
        return preremplir;
    }

    public void setPreremplir(boolean preremplir) {
        this.preremplir = preremplir;
    }
}

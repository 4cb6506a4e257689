package org.eden.portail.cdap;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.util.List;

/** R-CDAP-7: the matrix screen of the Caf administrators; each change is one service call, traced. */
@Named
@ViewScoped
public class MatriceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatriceCdapService service;

    private List<LigneMatrice> lignes;

    public List<LigneMatrice> getLignes() {
        if (lignes == null) {
            lignes = service.matrice();
        }
        return lignes;
    }

    public SectionDossier[] getSections() {
        return SectionDossier.values();
    }

    public Acces[] accesPossibles(SectionDossier section) {
        return section == SectionDossier.RESSOURCES ? Acces.values() : new Acces[]{Acces.COMPLET, Acces.AUCUN};
    }

    public void modifier(String profil, SectionDossier section, Acces acces) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            service.modifier(profil, section, acces);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Matrice modifiée",
                    "Profil " + profil + ", section « " + section.getLibelle() + " » : " + acces.getLibelle() + "."));
        } catch (RegleMetierException | AuthorizationException refus) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Modification refusée", refus.getMessage()));
        }
        lignes = null;
    }
}

package org.eden.portail.convention;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.CafResume;
import org.eden.portail.shared.FicheOrganisme;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.TypeOrganisme;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A partner organisation: created by an administrateur Caf for his own Caf, or read and corrected.
 * The SIRET's Luhn key and its uniqueness are the service's checks (R-CONV-1).
 */
@Named
@ViewScoped
public class PartenaireBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganismeService service;

    private String id;
    private FicheOrganisme fiche = new FicheOrganisme();
    private String codeCaf;
    private boolean modifiable;

    public void ouvrir() {
        if (id == null || id.isBlank()) {
            List<CafResume> cafs = service.cafsOuEnregistrer();
            if (cafs.isEmpty()) {
                MessagesEcran.accesRefuse();
                return;
            }
            codeCaf = cafs.get(0).code();
            modifiable = true;
            return;
        }
        try {
            fiche = service.organisme(Long.valueOf(id));
        } catch (NumberFormatException | RegleMetierException introuvable) {
            MessagesEcran.introuvable();
            return;
        } catch (AuthorizationException refus) {
            MessagesEcran.accesRefuse();
            return;
        }
        codeCaf = fiche.getCodeCaf();
        modifiable = SecurityUtils.getSubject().isPermitted(PermissionsConventions.CONVENTION_ENREGISTRER.sur(codeCaf));
    }

    public void enregistrer() {
        FicheOrganisme enregistre;
        try {
            enregistre = fiche.getId() == null ? service.enregistrer(codeCaf, fiche) : service.modifier(fiche.getId(), fiche);
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
            return;
        }
        MessagesEcran.info(fiche.getId() == null ? "Partenaire enregistré" : "Partenaire modifié",
                "« " + enregistre.getNom() + " », SIRET " + enregistre.getSiret() + ".");
        ExternalContext externe = FacesContext.getCurrentInstance().getExternalContext();
        externe.getFlash().setKeepMessages(true);
        try {
            externe.redirect(externe.getRequestContextPath() + "/convention/partenaires.xhtml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isNouveau() {
        return fiche.getId() == null;
    }

    public TypeOrganisme[] getTypes() {
        return TypeOrganisme.values();
    }

    public FicheOrganisme getFiche() {
        return fiche;
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public boolean isModifiable() {
        return modifiable;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

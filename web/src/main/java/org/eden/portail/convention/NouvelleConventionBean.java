package org.eden.portail.convention;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.CafResume;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.SaisiePersonne;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Recording a convention (R-CONV-1, R-CONV-3, R-CONV-7): the partner, the contrat de service (mode,
 * start date, the four contacts) and the bulletins, one line per profile of the catalogue, then
 * the draft is saved or saved and submitted for verification in one go.
 */
@Named
@ViewScoped
public class NouvelleConventionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConventionService service;

    @Inject
    OrganismeService organismes;

    private String codeCaf;
    private List<SelectItem> partenaires;
    private Long organismeId;
    private ModeGestion mode = ModeGestion.DELEGUE;
    private LocalDate dateDebut;
    private final SaisieContact administrateur = new SaisieContact();
    private final SaisieContact suppleant = new SaisieContact();
    private final SaisieContact responsableSecurite = new SaisieContact();
    private final SaisieContact referent = new SaisieContact();
    private List<SaisieQuota> quotas;

    /** f:viewAction: only an administrateur Caf records, for his own Caf. */
    public void ouvrir() {
        List<CafResume> cafs = organismes.cafsOuEnregistrer();
        if (cafs.isEmpty()) {
            MessagesEcran.accesRefuse();
            return;
        }
        codeCaf = cafs.get(0).code();
        partenaires = organismes.organismesDe(codeCaf, null).stream()
                .map(o -> new SelectItem(o.id(), o.nom() + " · SIRET " + o.siret()))
                .toList();
        quotas = service.catalogue(codeCaf).stream().map(SaisieQuota::new).toList();
    }

    public void enregistrer() {
        sauver(false);
    }

    public void enregistrerEtSoumettre() {
        sauver(true);
    }

    private void sauver(boolean soumettre) {
        List<QuotaDemande> demandes = new ArrayList<>();
        for (SaisieQuota q : quotas) {
            if (q.isRenseigne()) {
                demandes.add(new QuotaDemande(q.getService(), q.getProfil(), valeur(q.getDemande()), valeur(q.getAccorde())));
            }
        }
        NouvelleConvention demande = new NouvelleConvention(organismeId, mode, dateDebut, administrateur.contact(),
                suppleant.contactOuNul(), responsableSecurite.contactOuNul(), referent.contactOuNul(), demandes);
        ConventionVue enregistree;
        try {
            enregistree = service.enregistrer(codeCaf, demande);
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
            return;
        }
        String detail = "La convention n° " + enregistree.numero() + " est enregistrée à l'état de brouillon.";
        if (soumettre) {
            try {
                service.soumettre(enregistree.id());
                detail = "La convention n° " + enregistree.numero() + " est enregistrée et soumise à vérification.";
            } catch (RegleMetierException refus) {
                // The draft is kept (its own transaction); the page tells why it could not be submitted.
                MessagesEcran.refus(refus);
                detail = "La convention n° " + enregistree.numero() + " est enregistrée à l'état de brouillon mais n'a pas pu être soumise.";
            }
        }
        MessagesEcran.info("Convention enregistrée", detail);
        ExternalContext externe = FacesContext.getCurrentInstance().getExternalContext();
        externe.getFlash().setKeepMessages(true);
        try {
            externe.redirect(externe.getRequestContextPath() + "/convention/convention.xhtml?id=" + enregistree.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int valeur(Integer nombre) {
        return nombre == null ? 0 : nombre;
    }

    public ModeGestion[] getModes() {
        return ModeGestion.values();
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public List<SelectItem> getPartenaires() {
        return partenaires;
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public void setOrganismeId(Long organismeId) {
        this.organismeId = organismeId;
    }

    public ModeGestion getMode() {
        return mode;
    }

    public void setMode(ModeGestion mode) {
        this.mode = mode;
    }

    public LocalDate getDateDebut() {
        return dateDebut;
    }

    public void setDateDebut(LocalDate dateDebut) {
        this.dateDebut = dateDebut;
    }

    public SaisieContact getAdministrateur() {
        return administrateur;
    }

    public SaisieContact getSuppleant() {
        return suppleant;
    }

    public SaisieContact getResponsableSecurite() {
        return responsableSecurite;
    }

    public SaisieContact getReferent() {
        return referent;
    }

    public List<SaisieQuota> getQuotas() {
        return quotas;
    }

    /** A contact of the contrat de service as typed. */
    public static final class SaisieContact extends SaisiePersonne {

        private static final long serialVersionUID = 1L;

        private String telephone;

        Contact contact() {
            return new Contact(getNom(), getPrenom(), getEmail(), telephone);
        }

        Contact contactOuNul() {
            return getNom() == null || getNom().isBlank() ? null : contact();
        }

        public String getTelephone() {
            return telephone;
        }

        public void setTelephone(String telephone) {
            this.telephone = telephone;
        }
    }

    /** One profile of the catalogue with the numbers typed for it (blank: not asked). */
    public static final class SaisieQuota implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ProfilCatalogue profil;
        private Integer demande;
        private Integer accorde;

        SaisieQuota(ProfilCatalogue profil) {
            this.profil = profil;
        }

        boolean isRenseigne() {
            return (demande != null && demande > 0) || (accorde != null && accorde > 0);
        }

        public String getService() {
            return profil.service();
        }

        public String getLibelleService() {
            return profil.libelleService();
        }

        public String getProfil() {
            return profil.profil();
        }

        public String getLibelleProfil() {
            return profil.libelleProfil();
        }

        public String getIntitule() {
            return LigneQuota.intitule(getProfil(), getLibelleProfil());
        }

        public Integer getDemande() {
            return demande;
        }

        public void setDemande(Integer demande) {
            this.demande = demande;
        }

        public Integer getAccorde() {
            return accorde;
        }

        public void setAccorde(Integer accorde) {
            this.accorde = accorde;
        }
    }
}

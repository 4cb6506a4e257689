package org.eden.portail.afas;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * "AFAS : équipements" (R-AFAS-1, R-HAB-4): the partner's AFAS-Habiliter user assigns providers
 * and the approver per équipement; the Caf's administrateur records the équipements of a partner
 * ({@code ?organisme=id}). Thin over EquipementService, which checks and counts.
 */
@Named
@ViewScoped
public class EquipementsAfasBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EquipementService service;

    private Long organisme;
    private boolean caf;
    private List<EquipementVue> equipements;
    private Long equipementId;
    private RoleAfas role = RoleAfas.FOURNISSEUR_ACTIVITE;
    private String identifiant;
    private List<AffectationVue> candidats = List.of();
    private String nom;
    private TypeEquipement type = TypeEquipement.ALSH;
    private String adresse;
    private String codePostal;
    private String commune;
    private String numeroDossier;
    private Integer places;
    private BigDecimal heuresJour;

    /** f:viewAction. */
    public void charger() {
        caf = service.monOrganisme() == null;
        if (organisme == null) {
            organisme = service.monOrganisme();
        }
        if (organisme == null) {
            message(FacesMessage.SEVERITY_INFO, "Choisissez un partenaire", "Ouvrez cet écran depuis la fiche d'un partenaire (?organisme=…).");
            equipements = List.of();
            return;
        }
        try {
            equipements = service.equipementsDe(organisme);
        } catch (RegleMetierException e) {
            // An id from the address that names no partner: said on the page, never a server error.
            message(FacesMessage.SEVERITY_WARN, "Partenaire introuvable", e.getMessage());
            equipements = List.of();
            return;
        }
        if (equipementId == null && !equipements.isEmpty()) {
            equipementId = equipements.get(0).id();
        }
        chargerCandidats();
    }

    public void chargerCandidats() {
        candidats = equipementId == null || role == null ? List.of() : service.candidats(equipementId, role);
        identifiant = candidats.isEmpty() ? null : candidats.get(0).identifiant();
    }

    public void affecter() {
        try {
            service.affecter(equipementId, identifiant, role);
            equipements = service.equipementsDe(organisme);
            message(FacesMessage.SEVERITY_INFO, "Affectation enregistrée", identifiant + " : " + role.getLibelle().toLowerCase() + ".");
        } catch (RegleMetierException e) {
            message(FacesMessage.SEVERITY_WARN, "Affectation refusée", e.getMessage());
        }
    }

    public void retirer(Long equipement, String qui, RoleAfas leRole) {
        try {
            service.retirer(equipement, qui, leRole);
            equipements = service.equipementsDe(organisme);
            message(FacesMessage.SEVERITY_INFO, "Affectation retirée", qui + " n'est plus " + leRole.getLibelle().toLowerCase() + ".");
        } catch (RegleMetierException e) {
            message(FacesMessage.SEVERITY_WARN, "Retrait refusé", e.getMessage());
        }
    }

    public void enregistrer() {
        try {
            service.enregistrer(organisme, new NouvelEquipement(nom, type, adresse, codePostal, commune, numeroDossier,
                    places == null ? 0 : places, heuresJour));
            equipements = service.equipementsDe(organisme);
            message(FacesMessage.SEVERITY_INFO, "Équipement enregistré", nom + ".");
            nom = null;
            numeroDossier = null;
        } catch (RegleMetierException e) {
            message(FacesMessage.SEVERITY_WARN, "Équipement non enregistré", e.getMessage());
        }
    }

    private static void message(FacesMessage.Severity gravite, String resume, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(gravite, resume, detail));
    }

    public RoleAfas[] getRoles() {
        return RoleAfas.values();
    }

    public TypeEquipement[] getTypes() {
        return TypeEquipement.values();
    }

    public boolean isCaf() { return caf; }
    public Long getOrganisme() { return organisme; }
    public void setOrganisme(Long organisme) { this.organisme = organisme; }
    public List<EquipementVue> getEquipements() { return equipements; }
    public Long getEquipementId() { return equipementId; }
    public void setEquipementId(Long equipementId) { this.equipementId = equipementId; }
    public RoleAfas getRole() { return role; }
    public void setRole(RoleAfas role) { this.role = role; }
    public String getIdentifiant() { return identifiant; }
    public void setIdentifiant(String identifiant) { this.identifiant = identifiant; }
    public List<AffectationVue> getCandidats() { return candidats; }
    public String getNom() { return nom; }
    public void setNom(String nom) { this.nom = nom; }
    public TypeEquipement getType() { return type; }
    public void setType(TypeEquipement type) { this.type = type; }
    public String getAdresse() { return adresse; }
    public void setAdresse(String adresse) { this.adresse = adresse; }
    public String getCodePostal() { return codePostal; }
    public void setCodePostal(String codePostal) { this.codePostal = codePostal; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public String getNumeroDossier() { return numeroDossier; }
    public void setNumeroDossier(String numeroDossier) { this.numeroDossier = numeroDossier; }
    public Integer getPlaces() { return places; }
    public void setPlaces(Integer places) { this.places = places; }
    public BigDecimal getHeuresJour() { return heuresJour; }
    public void setHeuresJour(BigDecimal heuresJour) { this.heuresJour = heuresJour; }
}

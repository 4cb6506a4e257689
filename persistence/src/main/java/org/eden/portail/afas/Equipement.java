package org.eden.portail.afas;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;

import java.math.BigDecimal;

/**
 * R-AFAS-1: a facility funded by the Caf, belonging to a partner, recorded by the Caf. Its row is
 * also the lock under which its providers and approver are counted (R-HAB-4, see
 * {@link AffectationEquipement}).
 */
@Entity
@Table(name = "afas_equipement")
public class Equipement extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisme_id", nullable = false, updatable = false)
    private OrganismePartenaire organisme;

    @Column(nullable = false, length = 200)
    private String nom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4, updatable = false)
    private TypeEquipement type;

    @Embedded
    private Adresse adresse;

    /** The Caf's file number of the facility (its "dossier"), unique. */
    @Column(name = "numero_dossier", nullable = false, length = 20, unique = true)
    private String numeroDossier;

    @Column(name = "places_agreees", nullable = false)
    private int placesAgreees;

    /** Daily opening hours (amplitude), e.g. 10.5 for 7:30–18:00. */
    @Column(name = "heures_ouverture_jour", nullable = false, precision = 4, scale = 2)
    private BigDecimal heuresOuvertureJour;

    protected Equipement() {
    }

    public Equipement(OrganismePartenaire organisme, String nom, TypeEquipement type, Adresse adresse, String numeroDossier,
                      int placesAgreees, BigDecimal heuresOuvertureJour) {
        if (organisme == null || type == null) {
            throw new RegleMetierException("R-AFAS-1", "Un équipement appartient à un partenaire et a un type (ALSH ou EAJE).");
        }
        if (nom == null || nom.isBlank() || numeroDossier == null || numeroDossier.isBlank()) {
            throw new RegleMetierException("R-AFAS-1", "Indiquez le nom de l'équipement et son numéro de dossier Caf.");
        }
        if (placesAgreees <= 0 || heuresOuvertureJour == null || heuresOuvertureJour.signum() <= 0
                || heuresOuvertureJour.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw new RegleMetierException("R-AFAS-1", "Les places agréées et les heures d'ouverture par jour (entre 0 et 24) doivent être positives.");
        }
        this.organisme = organisme;
        this.nom = nom.trim();
        this.type = type;
        this.adresse = adresse;
        this.numeroDossier = numeroDossier.trim();
        this.placesAgreees = placesAgreees;
        this.heuresOuvertureJour = heuresOuvertureJour;
    }

    public OrganismePartenaire getOrganisme() {
        return organisme;
    }

    public String getNom() {
        return nom;
    }

    public TypeEquipement getType() {
        return type;
    }

    public Adresse getAdresse() {
        return adresse;
    }

    public String getNumeroDossier() {
        return numeroDossier;
    }

    public int getPlacesAgreees() {
        return placesAgreees;
    }

    public BigDecimal getHeuresOuvertureJour() {
        return heuresOuvertureJour;
    }
}

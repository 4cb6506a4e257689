package org.eden.portail.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A partner organisation, attached to one Caf (a commune, a CIAS, a conseil départemental…). */
@Entity
@Table(name = "organisme_partenaire")
public class OrganismePartenaire extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "caf_id", nullable = false)
    private Caf caf;

    @Column(nullable = false)
    private String nom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private TypeOrganisme type;

    @Column(nullable = false, length = 14, unique = true)
    private String siret;

    @Embedded
    private Adresse adresse;

    protected OrganismePartenaire() {
    }

    public OrganismePartenaire(Caf caf, String nom, TypeOrganisme type, String siret, Adresse adresse) {
        this.caf = caf;
        modifier(nom, type, siret, adresse);
    }

    /** The partner as the Caf corrects it; it stays the same Caf's partner. */
    public void modifier(String nom, TypeOrganisme type, String siret, Adresse adresse) {
        if (!Siret.estValide(siret)) {
            throw new RegleMetierException("R-CONV-1", "Le numéro SIRET « " + siret
                    + " » n'est pas valide : il compte 14 chiffres et sa clé de contrôle (formule de Luhn) doit être juste.");
        }
        if (nom == null || nom.isBlank()) {
            throw new RegleMetierException("R-CONV-1", "Le nom de l'organisme partenaire est obligatoire.");
        }
        if (type == null) {
            throw new RegleMetierException("R-CONV-1", "Le type de l'organisme partenaire est obligatoire.");
        }
        this.nom = nom.trim();
        this.type = type;
        this.siret = Siret.normaliser(siret);
        this.adresse = adresse;
    }

    public Caf getCaf() {
        return caf;
    }

    public String getNom() {
        return nom;
    }

    public TypeOrganisme getType() {
        return type;
    }

    public String getSiret() {
        return siret;
    }

    public Adresse getAdresse() {
        return adresse;
    }
}

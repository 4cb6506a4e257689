package org.eden.portail.afas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.Textes;

import java.time.Instant;

/**
 * R-HAB-13: one change reported to the Caf without a form (table {@code afas_changement}, V22): an
 * AFAS role granted to or taken from a person, or a provider / the approver of an équipement
 * designated or removed — when, who is concerned, what, by whom. Names are copied at the time of
 * the change; the row is never modified.
 */
@Entity
@Table(name = "afas_changement")
public class ChangementAfas extends Entite {

    private static final long serialVersionUID = 1L;
    static final int LONGUEUR_MOTIF = 500;

    /** What changed. */
    public enum Sorte {
        ROLE_ACCORDE("Rôle AFAS accordé"),
        ROLE_RETIRE("Rôle AFAS retiré"),
        AFFECTATION("Désigné(e) sur un équipement"),
        RETRAIT_AFFECTATION("Retiré(e) d'un équipement");

        private final String libelle;

        Sorte(String libelle) {
            this.libelle = libelle;
        }

        public String getLibelle() {
            return libelle;
        }
    }

    @Column(name = "code_caf", nullable = false, length = 3, updatable = false)
    private String codeCaf;

    @Column(name = "organisme_id", nullable = false, updatable = false)
    private Long organismeId;

    @Column(name = "organisme_nom", nullable = false, length = 200, updatable = false)
    private String organismeNom;

    @Column(nullable = false, updatable = false)
    private Instant le;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25, updatable = false)
    private Sorte sorte;

    @Column(nullable = false, length = 20, updatable = false)
    private String identifiant;

    @Column(name = "nom_complet", nullable = false, length = 200, updatable = false)
    private String nomComplet;

    @Column(nullable = false, length = 25, updatable = false)
    private String role;

    @Column(name = "equipement_id", updatable = false)
    private Long equipementId;

    @Column(name = "equipement_nom", length = 200, updatable = false)
    private String equipementNom;

    @Column(nullable = false, length = 100, updatable = false)
    private String par;

    @Column(length = LONGUEUR_MOTIF, updatable = false)
    private String motif;

    protected ChangementAfas() {
    }

    private ChangementAfas(String codeCaf, Long organismeId, String organismeNom, Instant le, Sorte sorte, String identifiant,
                           String nomComplet, String role, Long equipementId, String equipementNom, String par, String motif) {
        this.codeCaf = codeCaf;
        this.organismeId = organismeId;
        this.organismeNom = Textes.tronquer(organismeNom, 200);
        this.le = le;
        this.sorte = sorte;
        this.identifiant = identifiant;
        this.nomComplet = Textes.tronquer(nomComplet, 200);
        this.role = role;
        this.equipementId = equipementId;
        this.equipementNom = Textes.tronquer(equipementNom, 200);
        this.par = Textes.tronquer(par == null ? "?" : par, 100);
        this.motif = Textes.tronquer(motif, LONGUEUR_MOTIF);
    }

    /** An AFAS role (a habilitation of the service) granted or taken. */
    public static ChangementAfas role(String codeCaf, Long organismeId, String organismeNom, Instant le, boolean accorde, String identifiant,
                                      String nomComplet, String role, String par, String motif) {
        return new ChangementAfas(codeCaf, organismeId, organismeNom, le, accorde ? Sorte.ROLE_ACCORDE : Sorte.ROLE_RETIRE, identifiant,
                nomComplet, role, null, null, par, motif);
    }

    /** A provider or the approver designated on, or removed from, an équipement. */
    public static ChangementAfas affectation(Equipement e, Instant le, boolean affecte, String identifiant, String nomComplet, RoleAfas role,
                                             String par, String motif) {
        return new ChangementAfas(e.getOrganisme().getCaf().getCode(), e.getOrganisme().getId(), e.getOrganisme().getNom(), le,
                affecte ? Sorte.AFFECTATION : Sorte.RETRAIT_AFFECTATION, identifiant, nomComplet, role.name(), e.getId(), e.getNom(), par, motif);
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public String getOrganismeNom() {
        return organismeNom;
    }

    public Instant getLe() {
        return le;
    }

    public Sorte getSorte() {
        return sorte;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public String getNomComplet() {
        return nomComplet;
    }

    public String getRole() {
        return role;
    }

    public Long getEquipementId() {
        return equipementId;
    }

    public String getEquipementNom() {
        return equipementNom;
    }

    public String getPar() {
        return par;
    }

    public String getMotif() {
        return motif;
    }
}

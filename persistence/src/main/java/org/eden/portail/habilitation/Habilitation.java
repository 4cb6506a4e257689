package org.eden.portail.habilitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.convention.Convention;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.Textes;

import java.time.Instant;
import java.util.Objects;

/**
 * The effective habilitation of one user for one (service, profile), derived from the groups he is
 * attached to and granted under one convention (specification §1). It is valid from
 * {@link #getValideDepuis()}, active or suspended (R-HAB-6), until devalidated; a devalidated one is
 * kept six years after {@link #getDevalideeLe()} (R-TRACE-3) and never comes back to life: a new
 * grant is a new row.
 */
@Entity
@Table(name = "habilitation")
public class Habilitation extends Entite {

    private static final long serialVersionUID = 1L;
    static final int LONGUEUR_MOTIF = 500;

    @Column(name = "organisme_id", nullable = false, updatable = false)
    private Long organismeId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "convention_id", nullable = false, updatable = false)
    private Convention convention;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "utilisateur_id", nullable = false, updatable = false)
    private Utilisateur utilisateur;

    @Column(name = "service_code", nullable = false, length = 10, updatable = false)
    private String service;

    @Column(nullable = false, length = 40, updatable = false)
    private String profil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StatutHabilitation statut;

    @Column(name = "valide_depuis", nullable = false, updatable = false)
    private Instant valideDepuis;

    @Column(name = "suspendue_le")
    private Instant suspendueLe;

    @Column(name = "motif_suspension", length = LONGUEUR_MOTIF)
    private String motifSuspension;

    @Column(name = "devalidee_le")
    private Instant devalideeLe;

    @Column(name = "motif_devalidation", length = LONGUEUR_MOTIF)
    private String motifDevalidation;

    /**
     * R-HAB-3 in the database: the user's id while the habilitation is not devalidated, NULL after;
     * UNIQUE with (service, profile), so a user holds a profile once whatever his groups.
     */
    @Column(name = "en_vigueur_utilisateur")
    private Long enVigueurUtilisateur;

    protected Habilitation() {
    }

    public Habilitation(Convention convention, Utilisateur utilisateur, RoleGroupe role, Instant le) {
        this.convention = Objects.requireNonNull(convention);
        this.organismeId = convention.getOrganisme().getId();
        this.utilisateur = Objects.requireNonNull(utilisateur);
        this.service = role.getService();
        this.profil = role.getProfil();
        this.valideDepuis = Objects.requireNonNull(le);
        this.statut = StatutHabilitation.ACTIVE;
        this.enVigueurUtilisateur = utilisateur.getId();
    }

    /** R-HAB-6, R-HAB-7: stops it, with a reason; it keeps its place in the quota. */
    public void suspendre(String motif, Instant le) {
        exigerNonDevalidee();
        if (statut == StatutHabilitation.SUSPENDUE) {
            throw new RegleMetierException("R-HAB-6", "L'habilitation " + getRole() + " est déjà suspendue.");
        }
        motifSuspension = motifObligatoire(motif, "une suspension");
        suspendueLe = Objects.requireNonNull(le);
        statut = StatutHabilitation.SUSPENDUE;
    }

    public void reactiver() {
        exigerNonDevalidee();
        if (statut != StatutHabilitation.SUSPENDUE) {
            throw new RegleMetierException("R-HAB-6", "L'habilitation " + getRole() + " n'est pas suspendue.");
        }
        suspendueLe = null;
        motifSuspension = null;
        statut = StatutHabilitation.ACTIVE;
    }

    /** Ends it for good; the row stays six years for the records (R-TRACE-3). Idempotent. */
    public void devalider(String motif, Instant le) {
        if (statut == StatutHabilitation.DEVALIDEE) {
            return;
        }
        motifDevalidation = motifObligatoire(motif, "une dévalidation");
        devalideeLe = Objects.requireNonNull(le);
        suspendueLe = null;
        statut = StatutHabilitation.DEVALIDEE;
        enVigueurUtilisateur = null;
    }

    public boolean estDevalidee() {
        return statut == StatutHabilitation.DEVALIDEE;
    }

    public boolean estActive() {
        return statut == StatutHabilitation.ACTIVE;
    }

    private void exigerNonDevalidee() {
        if (statut == StatutHabilitation.DEVALIDEE) {
            throw new RegleMetierException("R-HAB-6", "L'habilitation " + getRole() + " est dévalidée : elle ne change plus.");
        }
    }

    static String motifObligatoire(String motif, String acte) {
        if (motif == null || motif.isBlank()) {
            throw new RegleMetierException("R-HAB-6", "Le motif est obligatoire pour " + acte + ".");
        }
        return Textes.tronquer(motif.trim(), LONGUEUR_MOTIF);
    }

    public RoleGroupe getRole() {
        return new RoleGroupe(service, profil);
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public Convention getConvention() {
        return convention;
    }

    public Utilisateur getUtilisateur() {
        return utilisateur;
    }

    public String getService() {
        return service;
    }

    public String getProfil() {
        return profil;
    }

    public StatutHabilitation getStatut() {
        return statut;
    }

    public Instant getValideDepuis() {
        return valideDepuis;
    }

    public Instant getSuspendueLe() {
        return suspendueLe;
    }

    public String getMotifSuspension() {
        return motifSuspension;
    }

    public Instant getDevalideeLe() {
        return devalideeLe;
    }

    public String getMotifDevalidation() {
        return motifDevalidation;
    }
}

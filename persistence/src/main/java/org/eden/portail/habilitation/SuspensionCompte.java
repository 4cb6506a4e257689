package org.eden.portail.habilitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Entite;

import java.time.Instant;
import java.util.Objects;

/** R-HAB-6: one suspension of an account, who and why, and its reactivation when it came. */
@Entity
@Table(name = "suspension_compte")
public class SuspensionCompte extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "utilisateur_id", nullable = false, updatable = false)
    private Utilisateur utilisateur;

    @Column(name = "suspendu_le", nullable = false, updatable = false)
    private Instant suspenduLe;

    @Column(name = "suspendu_par", nullable = false, length = 20, updatable = false)
    private String suspenduPar;

    @Column(nullable = false, length = Habilitation.LONGUEUR_MOTIF, updatable = false)
    private String motif;

    @Column(name = "reactive_le")
    private Instant reactiveLe;

    @Column(name = "reactive_par", length = 20)
    private String reactivePar;

    @Column(name = "motif_reactivation", length = Habilitation.LONGUEUR_MOTIF)
    private String motifReactivation;

    protected SuspensionCompte() {
    }

    public SuspensionCompte(Utilisateur utilisateur, String par, String motif, Instant le) {
        this.utilisateur = Objects.requireNonNull(utilisateur);
        this.motif = Habilitation.motifObligatoire(motif, "une suspension");
        this.suspenduPar = Objects.requireNonNull(par);
        this.suspenduLe = Objects.requireNonNull(le);
    }

    public void clore(String par, String raison, Instant le) {
        motifReactivation = Habilitation.motifObligatoire(raison, "une réactivation");
        reactivePar = Objects.requireNonNull(par);
        reactiveLe = Objects.requireNonNull(le);
    }

    public boolean estEnCours() {
        return reactiveLe == null;
    }

    public Utilisateur getUtilisateur() {
        return utilisateur;
    }

    public Instant getSuspenduLe() {
        return suspenduLe;
    }

    public String getSuspenduPar() {
        return suspenduPar;
    }

    public String getMotif() {
        return motif;
    }

    public Instant getReactiveLe() {
        return reactiveLe;
    }

    public String getReactivePar() {
        return reactivePar;
    }

    public String getMotifReactivation() {
        return motifReactivation;
    }
}

package org.eden.portail.habilitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;

import java.time.Instant;
import java.util.Objects;

/** R-HAB-8: the administrateur's decision on one habilitation during a review, who and when. */
@Entity
@Table(name = "decision_revue")
public class DecisionHabilitation extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "revue_id", nullable = false, updatable = false)
    private RevuePartenaire revue;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "habilitation_id", nullable = false, updatable = false)
    private Habilitation habilitation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DecisionRevue decision;

    @Column(name = "decidee_le", nullable = false)
    private Instant decideeLe;

    @Column(name = "decidee_par", nullable = false, length = 20)
    private String decideePar;

    protected DecisionHabilitation() {
    }

    DecisionHabilitation(RevuePartenaire revue, Habilitation habilitation, DecisionRevue decision, String par, Instant le) {
        this.revue = Objects.requireNonNull(revue);
        this.habilitation = Objects.requireNonNull(habilitation);
        changer(decision, par, le);
    }

    void changer(DecisionRevue nouvelle, String par, Instant le) {
        this.decision = Objects.requireNonNull(nouvelle);
        this.decideePar = Objects.requireNonNull(par);
        this.decideeLe = Objects.requireNonNull(le);
    }

    public RevuePartenaire getRevue() {
        return revue;
    }

    public Habilitation getHabilitation() {
        return habilitation;
    }

    public DecisionRevue getDecision() {
        return decision;
    }

    public Instant getDecideeLe() {
        return decideeLe;
    }

    public String getDecideePar() {
        return decideePar;
    }
}

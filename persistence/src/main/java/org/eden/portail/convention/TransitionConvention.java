package org.eden.portail.convention;

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

/**
 * R-CONV-3: one line of a convention's history — who, when, from which status to which, and why.
 * A change that keeps the status (a quota raised, R-CONV-7) is a line too, with the same status
 * on both sides. Written once, never changed.
 */
@Entity
@Table(name = "transition_convention")
public class TransitionConvention extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "convention_id", nullable = false, updatable = false)
    private Convention convention;

    @Column(nullable = false, updatable = false)
    private int rang;

    /** Null for the recording, the first line. */
    @Enumerated(EnumType.STRING)
    @Column(name = "statut_avant", length = 12, updatable = false)
    private StatutConvention avant;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut_apres", nullable = false, length = 12, updatable = false)
    private StatutConvention apres;

    @Column(nullable = false, length = 20, updatable = false)
    private String acteur;

    @Column(nullable = false, updatable = false)
    private Instant le;

    @Column(length = 1000, updatable = false)
    private String motif;

    protected TransitionConvention() {
    }

    TransitionConvention(Convention convention, int rang, StatutConvention avant, StatutConvention apres, String acteur,
                         Instant le, String motif) {
        this.convention = convention;
        this.rang = rang;
        this.avant = avant;
        this.apres = apres;
        this.acteur = acteur;
        this.le = le;
        this.motif = motif;
    }

    public int getRang() {
        return rang;
    }

    public StatutConvention getAvant() {
        return avant;
    }

    public StatutConvention getApres() {
        return apres;
    }

    public String getActeur() {
        return acteur;
    }

    public Instant getLe() {
        return le;
    }

    public String getMotif() {
        return motif;
    }
}

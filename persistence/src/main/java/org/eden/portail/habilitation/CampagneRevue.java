package org.eden.portail.habilitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Entite;

import java.time.Instant;
import java.util.Objects;

/** R-HAB-8: the year's campaign of reverse review a Caf opens for its partners — one per Caf and year. */
@Entity
@Table(name = "campagne_revue")
public class CampagneRevue extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "caf_id", nullable = false, updatable = false)
    private Caf caf;

    @Column(nullable = false, updatable = false)
    private int annee;

    @Column(name = "ouverte_le", nullable = false, updatable = false)
    private Instant ouverteLe;

    @Column(name = "ouverte_par", nullable = false, length = 20, updatable = false)
    private String ouvertePar;

    protected CampagneRevue() {
    }

    public CampagneRevue(Caf caf, int annee, String ouvertePar, Instant le) {
        this.caf = Objects.requireNonNull(caf);
        this.annee = annee;
        this.ouvertePar = Objects.requireNonNull(ouvertePar);
        this.ouverteLe = Objects.requireNonNull(le);
    }

    public Caf getCaf() {
        return caf;
    }

    public int getAnnee() {
        return annee;
    }

    public Instant getOuverteLe() {
        return ouverteLe;
    }

    public String getOuvertePar() {
        return ouvertePar;
    }
}

package org.eden.portail.habilitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.Textes;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * R-HAB-10: one bulk import of users, its progress and its counts. While it runs, the node that
 * runs it holds a lease ({@link #BAIL}, renewed at each line); an import "en cours" whose lease has
 * expired lost its runner (a restart, a dead node) and is taken over where it stopped.
 */
@Entity
@Table(name = "import_utilisateurs")
public class ImportUtilisateurs extends Entite {

    private static final long serialVersionUID = 1L;

    public enum Statut { EN_COURS, TERMINE }

    /** A line takes well under a second: a runner silent for this long is gone. */
    public static final Duration BAIL = Duration.ofMinutes(2);

    @Column(name = "organisme_id", nullable = false, updatable = false)
    private Long organismeId;

    @Column(nullable = false, length = 255, updatable = false)
    private String fichier;

    @Column(name = "lance_le", nullable = false, updatable = false)
    private Instant lanceLe;

    @Column(name = "lance_par", nullable = false, length = 20, updatable = false)
    private String lancePar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Statut statut;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int traitees;

    @Column(nullable = false)
    private int creees;

    @Column(nullable = false)
    private int refusees;

    @Column(name = "termine_le")
    private Instant termineLe;

    @Column(name = "bail_jusqu_a")
    private Instant bailJusqua;

    protected ImportUtilisateurs() {
    }

    public ImportUtilisateurs(Long organismeId, String fichier, int total, String lancePar, Instant le) {
        this.organismeId = Objects.requireNonNull(organismeId);
        String nom = fichier == null || fichier.isBlank() ? "import.csv" : fichier.trim();
        this.fichier = Textes.tronquer(nom, 255);
        this.total = total;
        this.lancePar = Objects.requireNonNull(lancePar);
        this.lanceLe = Objects.requireNonNull(le);
        this.statut = Statut.EN_COURS;
        this.bailJusqua = le.plus(BAIL);
    }

    /** The runner is alive at {@code le}: its lease runs on. */
    public void prolonger(Instant le) {
        bailJusqua = le.plus(BAIL);
    }

    public void compter(boolean creee) {
        traitees++;
        if (creee) {
            creees++;
        } else {
            refusees++;
        }
    }

    public void terminer(Instant le) {
        statut = Statut.TERMINE;
        termineLe = le;
        bailJusqua = null;
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public String getFichier() {
        return fichier;
    }

    public Instant getLanceLe() {
        return lanceLe;
    }

    public String getLancePar() {
        return lancePar;
    }

    public Statut getStatut() {
        return statut;
    }

    public int getTotal() {
        return total;
    }

    public int getTraitees() {
        return traitees;
    }

    public int getCreees() {
        return creees;
    }

    public int getRefusees() {
        return refusees;
    }

    public Instant getBailJusqua() {
        return bailJusqua;
    }

    public Instant getTermineLe() {
        return termineLe;
    }
}

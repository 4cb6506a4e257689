package org.eden.portail.identite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;

import java.time.Instant;

/** The record that a person accepted a given version of the usage rules, and when (R-AUTH-2). */
@Entity
@Table(name = "acceptation_regles_usage")
public class AcceptationReglesUsage extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "utilisateur_id", nullable = false)
    private Utilisateur utilisateur;

    @Column(name = "regles_version", nullable = false, length = 20)
    private String reglesVersion;

    @Column(name = "acceptees_le", nullable = false)
    private Instant accepteesLe;

    protected AcceptationReglesUsage() {
    }

    public AcceptationReglesUsage(Utilisateur utilisateur, String reglesVersion, Instant accepteesLe) {
        this.utilisateur = utilisateur;
        this.reglesVersion = reglesVersion;
        this.accepteesLe = accepteesLe;
    }

    public Utilisateur getUtilisateur() {
        return utilisateur;
    }

    public String getReglesVersion() {
        return reglesVersion;
    }

    public Instant getAccepteesLe() {
        return accepteesLe;
    }
}

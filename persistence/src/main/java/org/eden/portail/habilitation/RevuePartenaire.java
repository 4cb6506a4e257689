package org.eden.portail.habilitation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.Fuseau;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * R-HAB-8: one partner's review in one campaign: started by its first decision, signed off once
 * every habilitation in force has a decision; the result (who, when, kept and removed counts) is
 * what the Caf's superviseur reads.
 */
@Entity
@Table(name = "revue_partenaire")
public class RevuePartenaire extends Entite {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(Fuseau.PARIS);

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campagne_id", nullable = false, updatable = false)
    private CampagneRevue campagne;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisme_id", nullable = false, updatable = false)
    private OrganismePartenaire organisme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StatutRevue statut;

    @Column(name = "commencee_le", nullable = false, updatable = false)
    private Instant commenceeLe;

    @Column(name = "commencee_par", nullable = false, length = 20, updatable = false)
    private String commenceePar;

    @Column(name = "signee_le")
    private Instant signeeLe;

    @Column(name = "signee_par", length = 20)
    private String signeePar;

    @Column(nullable = false)
    private int conservees;

    @Column(nullable = false)
    private int retirees;

    @OneToMany(mappedBy = "revue", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DecisionHabilitation> decisions = new ArrayList<>();

    protected RevuePartenaire() {
    }

    public RevuePartenaire(CampagneRevue campagne, OrganismePartenaire organisme, String par, Instant le) {
        this.campagne = Objects.requireNonNull(campagne);
        this.organisme = Objects.requireNonNull(organisme);
        this.commenceePar = Objects.requireNonNull(par);
        this.commenceeLe = Objects.requireNonNull(le);
        this.statut = StatutRevue.EN_COURS;
    }

    /** Records (or changes) the decision on one habilitation; refused once the review is signed. */
    public void decider(Habilitation habilitation, DecisionRevue decision, String par, Instant le) {
        exigerEnCours();
        Optional<DecisionHabilitation> existante = decisionSur(habilitation);
        if (existante.isPresent()) {
            existante.get().changer(decision, par, le);
        } else {
            decisions.add(new DecisionHabilitation(this, habilitation, decision, par, le));
        }
    }

    public Optional<DecisionHabilitation> decisionSur(Habilitation habilitation) {
        return decisions.stream().filter(d -> d.getHabilitation().equals(habilitation)).findFirst();
    }

    public void signer(String par, Instant le, int nombreConservees, int nombreRetirees) {
        exigerEnCours();
        this.signeePar = Objects.requireNonNull(par);
        this.signeeLe = Objects.requireNonNull(le);
        this.conservees = nombreConservees;
        this.retirees = nombreRetirees;
        this.statut = StatutRevue.TERMINEE;
    }

    /** R-HAB-8: a signed review no longer changes. */
    public void exigerEnCours() {
        if (statut == StatutRevue.TERMINEE) {
            throw new RegleMetierException("R-HAB-8", "La revue " + campagne.getAnnee() + " de « " + organisme.getNom()
                    + " » est signée depuis le " + JOUR.format(signeeLe) + " : elle ne change plus.");
        }
    }

    public CampagneRevue getCampagne() {
        return campagne;
    }

    public OrganismePartenaire getOrganisme() {
        return organisme;
    }

    public StatutRevue getStatut() {
        return statut;
    }

    public Instant getCommenceeLe() {
        return commenceeLe;
    }

    public String getCommenceePar() {
        return commenceePar;
    }

    public Instant getSigneeLe() {
        return signeeLe;
    }

    public String getSigneePar() {
        return signeePar;
    }

    public int getConservees() {
        return conservees;
    }

    public int getRetirees() {
        return retirees;
    }

    public List<DecisionHabilitation> getDecisions() {
        return List.copyOf(decisions);
    }
}

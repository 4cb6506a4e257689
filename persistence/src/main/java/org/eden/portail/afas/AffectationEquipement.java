package org.eden.portail.afas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.RegleMetierException;

import java.time.Instant;
import java.util.Collection;

/**
 * R-AFAS-1: one user given one AFAS role on one équipement by an AFAS-Habiliter user. The count
 * per role (R-HAB-4) is made in the database under the équipement's row lock, like the quotas.
 */
@Entity
@Table(name = "afas_affectation")
public class AffectationEquipement extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "equipement_id", nullable = false, updatable = false)
    private Equipement equipement;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "utilisateur_id", nullable = false, updatable = false)
    private Utilisateur utilisateur;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25, updatable = false)
    private RoleAfas role;

    @Column(name = "affecte_par", nullable = false, length = 20, updatable = false)
    private String affectePar;

    @Column(name = "affecte_le", nullable = false, updatable = false)
    private Instant affecteLe;

    protected AffectationEquipement() {
    }

    public AffectationEquipement(Equipement equipement, Utilisateur utilisateur, RoleAfas role, String par, Instant le) {
        this.equipement = equipement;
        this.utilisateur = utilisateur;
        this.role = role;
        this.affectePar = par;
        this.affecteLe = le;
    }

    /**
     * R-HAB-4: one more holder of the role on the équipement stays within its ceiling.
     * {@code titulaires} are the role's current holders, counted by the database under the lock.
     * The approver is exactly one: the service replaces him rather than adding a second.
     */
    public static void exigerPlace(Equipement equipement, RoleAfas role, long titulaires) {
        if (titulaires >= role.plafond()) {
            throw new RegleMetierException("R-HAB-4", "L'équipement « " + equipement.getNom() + " » a déjà " + titulaires + " "
                    + role.getLibelle().toLowerCase() + (titulaires > 1 ? "s" : "") + " : c'est le maximum (" + role.plafond()
                    + "). Retirez-en un avant d'en désigner un autre.");
        }
    }

    /** R-HAB-4: a person holds 1 to 3 AFAS roles; on one équipement a role is given once. */
    public static void exigerPasDejaAffecte(Collection<AffectationEquipement> existantes, Utilisateur utilisateur, RoleAfas role) {
        if (existantes.stream().anyMatch(a -> a.utilisateur.equals(utilisateur) && a.role == role)) {
            throw new RegleMetierException("R-HAB-4", utilisateur.getNomComplet() + " est déjà " + role.getLibelle().toLowerCase()
                    + " de cet équipement.");
        }
    }

    public Equipement getEquipement() {
        return equipement;
    }

    public Utilisateur getUtilisateur() {
        return utilisateur;
    }

    public RoleAfas getRole() {
        return role;
    }

    public String getAffectePar() {
        return affectePar;
    }

    public Instant getAffecteLe() {
        return affecteLe;
    }
}

package org.eden.portail.habilitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.RegleMetierException;

import java.time.Instant;
import java.util.Objects;

/**
 * R-HAB-5: a user appointed responsable des habilitations on a group; his rights cover that group
 * and its sub-groups, and stop there.
 */
@Entity
@Table(name = "responsable_habilitations")
public class ResponsableHabilitations extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "groupe_id", nullable = false, updatable = false)
    private Groupe groupe;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "utilisateur_id", nullable = false, updatable = false)
    private Utilisateur utilisateur;

    @Column(name = "nomme_le", nullable = false, updatable = false)
    private Instant nommeLe;

    @Column(name = "nomme_par", nullable = false, length = 20, updatable = false)
    private String nommePar;

    protected ResponsableHabilitations() {
    }

    public ResponsableHabilitations(Groupe groupe, Utilisateur utilisateur, String par, Instant le) {
        if (utilisateur.getOrganisme() == null || !utilisateur.getOrganisme().equals(groupe.getOrganisme())) {
            throw new RegleMetierException("R-HAB-5",
                    "Un responsable des habilitations est choisi parmi les utilisateurs de l'organisme du groupe.");
        }
        this.groupe = groupe;
        this.utilisateur = utilisateur;
        this.nommePar = Objects.requireNonNull(par);
        this.nommeLe = Objects.requireNonNull(le);
    }

    /** R-HAB-5: whether this responsable's sub-tree contains the group. */
    public boolean couvre(Groupe autre) {
        return autre.estDansLeSousArbreDe(groupe);
    }

    public Groupe getGroupe() {
        return groupe;
    }

    public Utilisateur getUtilisateur() {
        return utilisateur;
    }

    public Instant getNommeLe() {
        return nommeLe;
    }

    public String getNommePar() {
        return nommePar;
    }
}

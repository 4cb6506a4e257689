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

/** A user attached to a group of his own organisation (R-HAB-2: the last step of the order). */
@Entity
@Table(name = "rattachement_groupe")
public class Rattachement extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "groupe_id", nullable = false, updatable = false)
    private Groupe groupe;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "utilisateur_id", nullable = false, updatable = false)
    private Utilisateur utilisateur;

    @Column(name = "rattache_le", nullable = false, updatable = false)
    private Instant rattacheLe;

    @Column(name = "rattache_par", nullable = false, length = 20, updatable = false)
    private String rattachePar;

    protected Rattachement() {
    }

    public Rattachement(Groupe groupe, Utilisateur utilisateur, String par, Instant le) {
        if (utilisateur.getOrganisme() == null || !utilisateur.getOrganisme().equals(groupe.getOrganisme())) {
            throw new RegleMetierException("R-HAB-1", "Un utilisateur ne se rattache qu'aux groupes de son propre organisme.");
        }
        this.groupe = groupe;
        this.utilisateur = utilisateur;
        this.rattachePar = Objects.requireNonNull(par);
        this.rattacheLe = Objects.requireNonNull(le);
    }

    public Groupe getGroupe() {
        return groupe;
    }

    public Utilisateur getUtilisateur() {
        return utilisateur;
    }

    public Instant getRattacheLe() {
        return rattacheLe;
    }

    public String getRattachePar() {
        return rattachePar;
    }
}

package org.eden.portail.habilitation;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.RegleMetierException;

import java.time.Instant;
import java.util.Objects;

/**
 * A user given a place on a group of his own organisation, by whom and when, never changed
 * afterwards: attached to it ({@link Rattachement}) or appointed its responsable des habilitations
 * ({@link ResponsableHabilitations}). Each table names its own columns of when and by whom
 * ({@code @AttributeOverride} of {@code le} and {@code par}).
 */
@MappedSuperclass
public abstract class PlaceDansUnGroupe extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "groupe_id", nullable = false, updatable = false)
    private Groupe groupe;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "utilisateur_id", nullable = false, updatable = false)
    private Utilisateur utilisateur;

    @Column(name = "le", nullable = false, updatable = false)
    private Instant le;

    @Column(name = "par", nullable = false, length = 20, updatable = false)
    private String par;

    protected PlaceDansUnGroupe() {
    }

    /** Refused, under {@code regle}, for a user of another organisation than the group's. */
    protected PlaceDansUnGroupe(Groupe groupe, Utilisateur utilisateur, String par, Instant le, String regle, String horsOrganisme) {
        if (utilisateur.getOrganisme() == null || !utilisateur.getOrganisme().equals(groupe.getOrganisme())) {
            throw new RegleMetierException(regle, horsOrganisme);
        }
        this.groupe = groupe;
        this.utilisateur = utilisateur;
        this.par = Objects.requireNonNull(par);
        this.le = Objects.requireNonNull(le);
    }

    public Groupe getGroupe() {
        return groupe;
    }

    public Utilisateur getUtilisateur() {
        return utilisateur;
    }

    public Instant getLe() {
        return le;
    }

    public String getPar() {
        return par;
    }
}

package org.eden.portail.habilitation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eden.portail.identite.Utilisateur;

import java.time.Instant;

/** A user attached to a group of his own organisation (R-HAB-2: the last step of the order). */
@Entity
@Table(name = "rattachement_groupe")
@AttributeOverride(name = "le", column = @Column(name = "rattache_le", nullable = false, updatable = false))
@AttributeOverride(name = "par", column = @Column(name = "rattache_par", nullable = false, length = 20, updatable = false))
public class Rattachement extends PlaceDansUnGroupe {

    private static final long serialVersionUID = 1L;

    protected Rattachement() {
    }

    public Rattachement(Groupe groupe, Utilisateur utilisateur, String par, Instant le) {
        super(groupe, utilisateur, par, le, "R-HAB-1", "Un utilisateur ne se rattache qu'aux groupes de son propre organisme.");
    }
}

package org.eden.portail.habilitation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eden.portail.identite.Utilisateur;

import java.time.Instant;

/**
 * R-HAB-5: a user appointed responsable des habilitations on a group; his rights cover that group
 * and its sub-groups, and stop there.
 */
@Entity
@Table(name = "responsable_habilitations")
@AttributeOverride(name = "le", column = @Column(name = "nomme_le", nullable = false, updatable = false))
@AttributeOverride(name = "par", column = @Column(name = "nomme_par", nullable = false, length = 20, updatable = false))
public class ResponsableHabilitations extends PlaceDansUnGroupe {

    private static final long serialVersionUID = 1L;

    protected ResponsableHabilitations() {
    }

    public ResponsableHabilitations(Groupe groupe, Utilisateur utilisateur, String par, Instant le) {
        super(groupe, utilisateur, par, le, "R-HAB-5",
                "Un responsable des habilitations est choisi parmi les utilisateurs de l'organisme du groupe.");
    }

    /** R-HAB-5: whether this responsable's sub-tree contains the group. */
    public boolean couvre(Groupe autre) {
        return autre.estDansLeSousArbreDe(getGroupe());
    }
}

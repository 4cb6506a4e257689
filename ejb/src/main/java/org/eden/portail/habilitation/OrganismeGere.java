package org.eden.portail.habilitation;

import java.io.Serializable;

/**
 * An organisation whose habilitations the caller manages today: his own (administrateur,
 * suppléant, responsable), or, for a Caf's administrateur, a partner the Caf manages (centralised
 * mode or reprise en main, R-HAB-7). {@code gestionPrincipale}: the whole tree (root groups,
 * appointments), not only a responsable's sub-trees.
 */
public final class OrganismeGere implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String nom;
    private final boolean parLaCaf;
    private final boolean gestionPrincipale;

    OrganismeGere(Long id, String nom, boolean parLaCaf, boolean gestionPrincipale) {
        this.id = id;
        this.nom = nom;
        this.parLaCaf = parLaCaf;
        this.gestionPrincipale = gestionPrincipale;
    }

    public Long getId() {
        return id;
    }

    public String getNom() {
        return nom;
    }

    public boolean isParLaCaf() {
        return parLaCaf;
    }

    public boolean isGestionPrincipale() {
        return gestionPrincipale;
    }
}

package org.eden.portail.habilitation;

import java.io.Serializable;

/**
 * An organisation whose habilitations the caller manages today: his own (administrateur,
 * suppléant, responsable), or, for a Caf's administrateur, a partner the Caf manages (centralised
 * mode or reprise en main, R-HAB-7). {@code gestionPrincipale}: the whole tree (root groups,
 * appointments), not only a responsable's sub-trees.
 */
public record OrganismeGere(Long id, String nom, boolean parLaCaf, boolean gestionPrincipale) implements Serializable {
}

package org.eden.portail.trace;

import java.io.Serializable;

/**
 * R-TRACE-4: the traces one reader may read, and no others. An administrateur partenaire (or his
 * suppléant) reads those of his organisation; a superviseur Caf those of his Caf, which are the
 * actions of its agents and of its partners' users (each trace carries the actor's Caf).
 */
public record PorteeLecture(Long organismeId, String codeCaf) implements Serializable {

    public PorteeLecture {
        if ((organismeId == null) == (codeCaf == null)) {
            throw new IllegalArgumentException("Une portée de lecture est un organisme ou une Caf, exactement l'un des deux");
        }
    }

    public static PorteeLecture organisme(Long organismeId) {
        return new PorteeLecture(organismeId, null);
    }

    public static PorteeLecture caf(String codeCaf) {
        return new PorteeLecture(null, codeCaf);
    }

    public String libelle() {
        return organismeId != null ? "ORGANISME:" + organismeId : "CAF:" + codeCaf;
    }
}

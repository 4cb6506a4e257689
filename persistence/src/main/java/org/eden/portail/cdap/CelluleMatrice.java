package org.eden.portail.cdap;

import java.io.Serializable;

/**
 * One cell of the profile × section matrix as a consultation reads it (R-CDAP-2): three values, not
 * the managed {@link AccesSection} with its audit columns. Every consultation reads the whole matrix
 * again (a change counts at once, on every node); read as entities, its 66 rows were a third of a
 * consultation's Java time on the million-file base (docs/mesures.md).
 */
public record CelluleMatrice(String profil, SectionDossier section, Acces acces) implements Serializable {
}

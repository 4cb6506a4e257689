package org.eden.portail.cdap;

import java.util.List;
import java.util.Optional;

/** The profile × section matrix (R-CDAP-7). */
public interface MatriceCdapRepository {

    /** Every cell, as values: what a consultation and the matrix screen read. */
    List<CelluleMatrice> cellules();

    Optional<AccesSection> cellule(String profil, SectionDossier section);

    default MatriceCdap matrice() {
        return new MatriceCdap(cellules());
    }
}

package org.eden.portail.cdap;

import java.util.List;
import java.util.Optional;

/** The profile × section matrix (R-CDAP-7). */
public interface MatriceCdapRepository {

    List<AccesSection> toutes();

    Optional<AccesSection> cellule(String profil, SectionDossier section);

    default MatriceCdap matrice() {
        return new MatriceCdap(toutes());
    }
}

package org.eden.portail.afas;

import java.util.List;

/**
 * What the AFAS context tells the dashboards (Tableau de bord) about its declarations, so they
 * read them without touching the AFAS tables: per Caf and partner, the counts per status and the
 * late ones of an exercice. The caller checks its own readers' rights: these are counts, no figure
 * of a declaration nor anyone's name.
 */
public interface SuiviDeclarations {

    /** One line per partner of the Caf having an équipement, by partner name. */
    List<ComptesDeclarations> comptes(String codeCaf, int exercice);
}

package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.TuilesDuContexte;

/**
 * The Tableau de bord on the home page (R-TDB-1): "OFFRE TDB", then one tile per dashboard the
 * caller's profiles open, then the vintage comparison, the supervision and the alerts (R-TDB-2,
 * R-TDB-7) and, for the Cnaf, the import.
 */
@ApplicationScoped
public class TuilesTableauDeBord extends TuilesDuContexte {

    public TuilesTableauDeBord() {
        super(70, TuilesTableauDeBord.class);
    }
}

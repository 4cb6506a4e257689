package org.eden.portail.afas;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eden.portail.trace.ActionTracee;

import java.util.List;

/**
 * R-HAB-13: the Caf's dated feed of the changes of its partners' AFAS role holders and of the
 * providers and approver of their équipements, filtered by period, partner and kind of change, read
 * a page at a time (lazy table, exports). Scoped to the Caf in the query; requires
 * {@code afas:changements:<caf>} (its gestionnaires AFAS; its superviseur reads it too). Traced.
 */
@Stateless
public class ChangementsAfasService {

    @Inject
    AfasRepository depot;

    /** R-HAB-13: a page of the Caf's changes, newest first. */
    @ActionTracee(value = "AFAS_CONSULTATION_CHANGEMENTS", cible = "CAF")
    public List<ChangementVue> changements(String codeCaf, FiltreChangements filtre, int premier, int nombre) {
        AccesCafAfas.exigerChangements(codeCaf);
        return depot.changements(codeCaf, filtre == null ? FiltreChangements.TOUS : filtre, premier, nombre).stream()
                .map(ChangementVue::de).toList();
    }

    /** R-HAB-13: how many changes of the Caf match the filter. */
    public long compter(String codeCaf, FiltreChangements filtre) {
        AccesCafAfas.exigerChangements(codeCaf);
        return depot.compterChangements(codeCaf, filtre == null ? FiltreChangements.TOUS : filtre);
    }
}

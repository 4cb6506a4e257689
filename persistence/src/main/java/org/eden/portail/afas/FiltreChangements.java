package org.eden.portail.afas;

import java.io.Serializable;
import java.time.Instant;

/** R-HAB-13: what the Caf's feed of changes is filtered on (null: any); the period is [du, au[. */
public record FiltreChangements(Instant du, Instant au, Long organismeId, ChangementAfas.Sorte sorte) implements Serializable {

    public static final FiltreChangements TOUS = new FiltreChangements(null, null, null, null);
}

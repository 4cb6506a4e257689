package org.eden.portail.trace;

import jakarta.ejb.Stateless;

/**
 * An action that does nothing but be traced (R-TRACE-1): what tracing alone costs a request — the
 * interceptor, the actor's lookup, the trace row, the transaction — measured by the benchmark
 * (docs/mesures.md) through {@code GET /api/developpement/action-tracee}, which answers only on a
 * server started with {@code -Deden.diagnostic.banc=true}.
 */
@Stateless
public class ActionDeMesure {

    @ActionTracee(value = "MESURE_ACTION_TRACEE", cible = "MESURE")
    public void rien() {
        // Nothing: the trace is the whole action.
    }
}

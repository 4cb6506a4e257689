package org.eden.portail.trace;

import jakarta.ejb.Stateless;

/**
 * An action that changes nothing and is traced like any other: what tracing alone costs a request
 * (the trace written with the action, sealed after its commit). Reached only through the benchmark's
 * endpoint, which answers 404 unless the server runs with {@code -Deden.diagnostic.banc=true}.
 */
@Stateless
public class ActionDeMesure {

    @ActionTracee(value = "ACTION_DE_MESURE", cible = "BANC")
    public void executer(String reference) {
        // Nothing: the trace is the whole point.
    }
}

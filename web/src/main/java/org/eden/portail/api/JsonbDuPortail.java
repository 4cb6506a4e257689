package org.eden.portail.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every answer of the API. Without an application's own, RESTEasy builds
 * a new one for each answer (Yasson then introspects the classes again and asks CDI for its bean
 * manager): the samples of the Tableau de bord benchmark found request threads there more often
 * than in the portal's own code. A Jsonb is thread-safe and keeps what it learnt of each class.
 */
@Provider
public class JsonbDuPortail implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}

package org.eden.portail.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eden.portail.trace.ActionDeMesure;

/**
 * The benchmark's traced action that does nothing (docs/mesures.md, « One command »): its
 * throughput beside the bare {@code /api/version} is what a trace costs. Inert unless the server runs
 * with {@code -Deden.diagnostic.banc=true}, and answered only to a caller on the server's own machine:
 * otherwise 404, like an address that does not exist, so nobody can fill the traces from outside.
 */
@Path("/developpement/action-tracee")
@RequestScoped
public class ActionDeMesureResource {

    @Inject
    ActionDeMesure action;

    @Context
    HttpServletRequest requete;

    static boolean actif() {
        return Boolean.parseBoolean(System.getProperty("eden.diagnostic.banc", System.getenv("EDEN_DIAGNOSTIC_BANC")));
    }

    @POST
    @Operation(summary = "Action tracée qui ne fait rien (banc de mesure seulement)",
            description = "404 sauf serveur démarré avec -Deden.diagnostic.banc=true et appelant sur la machine du serveur.")
    public Response executer() {
        if (!actif() || !CourrielsDeveloppementResource.boucleLocale(requete.getRemoteAddr())) {
            throw new NotFoundException();
        }
        action.executer("banc");
        return Response.noContent().build();
    }
}

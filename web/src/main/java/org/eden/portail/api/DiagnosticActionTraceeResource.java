package org.eden.portail.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.SecurityUtils;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eden.portail.trace.ActionDeMesure;

/**
 * The benchmark's traced no-op (docs/mesures.md): one action that does nothing and is traced, for
 * the caller logged in. Inert unless the server runs with {@code -Deden.diagnostic.banc=true}
 * (environment {@code EDEN_DIAGNOSTIC_BANC}): otherwise 404, like an address that does not exist.
 */
@Path("/developpement/action-tracee")
@RequestScoped
public class DiagnosticActionTraceeResource {

    @Inject
    ActionDeMesure action;

    static boolean actif() {
        return Boolean.parseBoolean(System.getProperty("eden.diagnostic.banc", System.getenv("EDEN_DIAGNOSTIC_BANC")));
    }

    @GET
    @Operation(summary = "Action vide tracée (banc de mesure)",
            description = "200 ; 404 quand le serveur n'est pas démarré avec -Deden.diagnostic.banc=true ; 401 sans connexion.")
    public Response executer() {
        if (!actif()) {
            throw new NotFoundException();
        }
        if (!SecurityUtils.getSubject().isAuthenticated()) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        action.rien();
        return Response.ok().build();
    }
}

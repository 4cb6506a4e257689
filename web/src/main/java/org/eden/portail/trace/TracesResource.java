package org.eden.portail.trace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The traces' own API: for now, the verification of their chain (R-TRACE-1). */
@Path("/traces")
@RequestScoped
public class TracesResource {

    @Inject
    TraceService traces;

    @GET
    @Path("/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vérifie l'intégrité de la chaîne des traces",
            description = "Intacte, ou le rang de la première trace où elle est rompue. Réservé aux superviseurs et administrateurs Caf.")
    public VerificationChaine verification() {
        return traces.verifier();
    }
}

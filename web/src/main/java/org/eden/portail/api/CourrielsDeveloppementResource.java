package org.eden.portail.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eden.portail.shared.CourrielRecu;
import org.eden.portail.shared.ServeurCourrielEmbarque;

import java.util.List;

/**
 * Development only: the mails caught by the embedded mail server, so a developer can read the
 * identifier and provisional password the portal just sent. Anonymous (shiro.ini lets /api/**
 * through), hence inert unless the server runs with -Deden.smtp.embarque=true: otherwise it
 * answers 404 like an address that does not exist.
 */
@Path("/developpement/courriels")
@RequestScoped
public class CourrielsDeveloppementResource {

    @Inject
    ServeurCourrielEmbarque serveur;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Courriels reçus par le serveur de courriel embarqué (développement seulement)",
            description = "404 quand le serveur n'est pas démarré avec -Deden.smtp.embarque=true.")
    public List<CourrielRecu> lister() {
        return serveur.courrielsRecus().orElseThrow(NotFoundException::new);
    }
}

package org.eden.portail.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eden.portail.shared.CourrielRecu;
import org.eden.portail.shared.ServeurCourrielEmbarque;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Development only: the mails caught by the embedded mail server, so a developer can read the
 * identifier and provisional password the portal just sent. Anonymous (shiro.ini lets /api/**
 * through), hence inert unless the server runs with -Deden.smtp.embarque=true, and answered only to
 * a caller on the server's own machine (loopback): otherwise it answers 404 like an address that
 * does not exist, so a provisional password never leaves the developer's machine.
 */
@Path("/developpement/courriels")
@RequestScoped
public class CourrielsDeveloppementResource {

    @Inject
    ServeurCourrielEmbarque serveur;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Courriels reçus par le serveur de courriel embarqué (développement seulement)",
            description = "404 quand le serveur n'est pas démarré avec -Deden.smtp.embarque=true, ou pour un appelant qui n'est pas sur la machine du serveur.")
    public List<CourrielRecu> lister(@Context HttpServletRequest requete) {
        if (!boucleLocale(requete.getRemoteAddr())) {
            throw new NotFoundException();
        }
        return serveur.courrielsRecus().orElseThrow(NotFoundException::new);
    }

    /** 127.0.0.0/8 or ::1, read from the TCP peer's address (never from a header a client could forge). */
    static boolean boucleLocale(String adresse) {
        try {
            return adresse != null && InetAddress.getByName(adresse).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

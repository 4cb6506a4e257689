package org.eden.portail.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Diagnostic of the cluster (R-SESS-4): how many bytes the caller's own HTTP session weighs once
 * serialised, attribute by attribute, and which attributes could not be (they would break the
 * replication between nodes). Java serialisation, the format the session's objects define for
 * themselves; the replication's own marshalling stores about as much.
 * <p>
 * Inert unless the server runs with {@code -Deden.diagnostic.session=true} (environment
 * {@code EDEN_DIAGNOSTIC_SESSION}): otherwise it answers 404 like an address that does not exist.
 * It only ever reads the session of the request that asks, and never shows a value.
 */
@Path("/developpement/session")
@RequestScoped
public class DiagnosticSessionResource {

    /** One attribute: its name, its serialised size, or why it could not be serialised. */
    public record Attribut(String nom, long octets, String erreur) {
    }

    /** The whole session: its attributes, their total size, and whether all are serialisable. */
    public record TailleSession(long octets, boolean serialisable, List<Attribut> attributs) {
    }

    @Context
    HttpServletRequest requete;

    static boolean actif() {
        String valeur = System.getProperty("eden.diagnostic.session", System.getenv("EDEN_DIAGNOSTIC_SESSION"));
        return Boolean.parseBoolean(valeur);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Taille sérialisée de la session de l'appelant (diagnostic du cluster)",
            description = "404 quand le serveur n'est pas démarré avec -Deden.diagnostic.session=true, ou sans session.")
    public TailleSession mesurer() {
        HttpSession session = actif() ? requete.getSession(false) : null;
        if (session == null) {
            throw new NotFoundException();
        }
        List<Attribut> attributs = new ArrayList<>();
        for (String nom : Collections.list(session.getAttributeNames())) {
            attributs.add(mesurer(nom, session.getAttribute(nom)));
        }
        attributs.sort((a, b) -> a.nom().compareTo(b.nom()));
        long total = attributs.stream().mapToLong(Attribut::octets).sum();
        return new TailleSession(total, attributs.stream().allMatch(a -> a.erreur() == null), attributs);
    }

    private static Attribut mesurer(String nom, Object valeur) {
        Compteur compteur = new Compteur();
        try (ObjectOutputStream sortie = new ObjectOutputStream(compteur)) {
            sortie.writeObject(valeur);
        } catch (IOException e) {
            return new Attribut(nom, 0, e.toString());
        }
        return new Attribut(nom, compteur.octets, null);
    }

    /** Counts the bytes written and keeps none. */
    private static final class Compteur extends OutputStream {
        long octets;

        @Override
        public void write(int b) {
            octets++;
        }

        @Override
        public void write(byte[] b, int debut, int longueur) {
            octets += longueur;
        }
    }
}

package org.eden.portail.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** What is running: the product's name, its version and when it was built. Public, like health. */
@Path("/version")
@ApplicationScoped
public class VersionResource {

    public record Version(String nom, String version, String construitLe) {
    }

    private final Version version = lire();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Version du portail en service")
    public Version version() {
        return version;
    }

    private static Version lire() {
        try (InputStream in = VersionResource.class.getResourceAsStream("/org/eden/portail/version.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Version(p.getProperty("nom"), p.getProperty("version"), p.getProperty("construit-le"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

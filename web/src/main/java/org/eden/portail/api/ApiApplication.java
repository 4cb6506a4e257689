package org.eden.portail.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The portal's JSON API. Its OpenAPI document is served by WildFly at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "EDEN · Mon Compte Partenaire", version = "1",
        description = "API du portail des partenaires : version, organismes partenaires, tableaux de bord. "
                + "Toute erreur est décrite en application/problem+json (RFC 9457)."))
public class ApiApplication extends Application {
}

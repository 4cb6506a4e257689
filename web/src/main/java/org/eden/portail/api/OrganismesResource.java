package org.eden.portail.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eden.portail.convention.OrganismeService;
import org.eden.portail.shared.OrganismeResume;
import org.eden.portail.shared.TypeOrganisme;

import java.util.List;

/** The partner organisations of one Caf. */
@Path("/organismes")
@RequestScoped
public class OrganismesResource {

    @Inject
    OrganismeService organismes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organismes partenaires d'une Caf", description = "Réservé aux agents de cette Caf ; la Cnaf ne lit pas les données des partenaires.")
    public List<OrganismeResume> lister(
            @QueryParam("caf") @NotNull(message = "Indiquez le code de la Caf (paramètre caf).")
            @Pattern(regexp = "\\d{3}", message = "Le code d'une Caf compte trois chiffres.") String caf,
            @QueryParam("type") @Pattern(regexp = "[A-Z_]+", message = "Type d'organisme inconnu.") String type) {
        return organismes.organismesDe(caf, type == null ? null : typeOrganisme(type));
    }

    private static TypeOrganisme typeOrganisme(String type) {
        try {
            return TypeOrganisme.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new RequeteInvalideException("type", "Type d'organisme inconnu : " + type + ".");
        }
    }
}

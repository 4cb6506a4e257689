package org.eden.portail.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * R-AFAS-4, R-AFAS-9: the problem document of a submission refused by its controls — the usual
 * fields of {@link Probleme} and {@code controles}, the ids of the failing ones, so a program can
 * show the provider exactly what to correct or justify.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "regle", "controles"})
public record ProblemeControles(String type, String title, int status, String detail, String instance, String regle,
                                List<String> controles) {

    public Response reponse() {
        return Response.status(status).type(Probleme.PROBLEM_JSON).entity(this).build();
    }
}

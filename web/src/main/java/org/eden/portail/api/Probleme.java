package org.eden.portail.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem document: every error the API answers takes this form, with French texts.
 * {@code regle} names the domain rule that refused (R-…), {@code violations} the invalid fields.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "regle", "violations"})
public record Probleme(String type, String title, int status, String detail, String instance,
                       String regle, List<Violation> violations) {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    /** One invalid input: where, and what is wrong with it. */
    public record Violation(String champ, String message) {
    }

    public static Probleme de(int status, String titre, String detail, String instance) {
        return new Probleme("about:blank", titre, status, detail, instance, null, null);
    }

    public Response reponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}

package org.eden.portail.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.EvenementTrace;
import org.eden.portail.trace.JournalTraces;
import org.eden.portail.trace.ResultatTrace;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Turns every failure of the API into an application/problem+json answer with the right status.
 * Nothing of a stack trace reaches the caller: an unexpected error is logged with a reference,
 * and only that reference is answered.
 */
public final class ProblemeMappers {

    private ProblemeMappers() {
    }

    public static String titre(int status) {
        return switch (status) {
            case 400 -> "Requête invalide";
            case 401 -> "Authentification requise";
            case 403 -> "Accès refusé";
            case 404 -> "Ressource introuvable";
            case 405 -> "Méthode non autorisée";
            case 406 -> "Format de réponse non disponible";
            case 409 -> "Conflit";
            case 415 -> "Format de requête non pris en charge";
            case 422 -> "Règle de gestion non respectée";
            default -> status >= 500 ? "Erreur interne" : "Requête refusée";
        };
    }

    /** Subclasses below each read the request path through the same injected UriInfo. */
    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        UriInfo uri;

        String instance() {
            return uri == null ? null : "/api/" + uri.getPath().replaceFirst("^/", "");
        }
    }

    @Provider
    public static class HttpMapper extends Base<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String detail = switch (status) {
                case 404 -> "Aucune ressource ne répond à cette adresse.";
                case 405 -> "Cette méthode HTTP n'est pas acceptée à cette adresse.";
                case 406 -> "Cette ressource ne sait répondre qu'en JSON.";
                case 415 -> "Envoyez le corps de la requête en JSON.";
                case 400 -> "La requête est mal formée.";
                default -> titre(status) + ".";
            };
            Response.ResponseBuilder reponse = Response.fromResponse(Probleme.de(status, titre(status), detail, instance()).reponse());
            if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
                reponse.header("Allow", e.getResponse().getHeaderString("Allow"));
            }
            return reponse.build();
        }
    }

    @Provider
    public static class ValidationMapper extends Base<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Probleme.Violation> violations = e.getConstraintViolations().stream()
                    .map(v -> new Probleme.Violation(champ(v), v.getMessage()))
                    .sorted(Comparator.comparing(Probleme.Violation::champ))
                    .toList();
            return new Probleme("about:blank", titre(400), 400,
                    violations.size() == 1 ? violations.get(0).message() : "Plusieurs paramètres sont invalides.",
                    instance(), null, violations).reponse();
        }

        /** The last node of the path: the parameter or property name, without the method's. */
        private static String champ(ConstraintViolation<?> v) {
            return StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                    .reduce((premier, second) -> second)
                    .map(Path.Node::getName)
                    .orElse("");
        }
    }

    @Provider
    public static class RequeteInvalideMapper extends Base<RequeteInvalideException> {
        @Override
        public Response toResponse(RequeteInvalideException e) {
            return new Probleme("about:blank", titre(400), 400, e.getMessage(), instance(), null,
                    List.of(new Probleme.Violation(e.getChamp(), e.getMessage()))).reponse();
        }
    }

    @Provider
    public static class RegleMetierMapper extends Base<RegleMetierException> {
        @Override
        public Response toResponse(RegleMetierException e) {
            return new Probleme("urn:eden:regle:" + e.getRegle(), titre(422), 422, e.getMessage(), instance(),
                    e.getRegle(), null).reponse();
        }
    }

    /** R-AFAS-4: a submission refused by its controls names them (the more specific mapper wins over RegleMetierMapper). */
    @Provider
    public static class ControlesMapper extends Base<org.eden.portail.afas.ControlesNonSatisfaits> {
        @Override
        public Response toResponse(org.eden.portail.afas.ControlesNonSatisfaits e) {
            return new ProblemeControles("urn:eden:regle:" + e.getRegle(), titre(422), 422, e.getMessage(), instance(), e.getRegle(),
                    e.identifiants()).reponse();
        }
    }

    @Provider
    public static class NonAuthentifieMapper extends Base<UnauthenticatedException> {
        @Override
        public Response toResponse(UnauthenticatedException e) {
            return toResponse(e, instance());
        }

        Response toResponse(UnauthenticatedException e, String instance) {
            return Response.fromResponse(Probleme.de(401, titre(401),
                            "Connectez-vous au portail, ou présentez vos identifiants (HTTP Basic).", instance).reponse())
                    .header("WWW-Authenticate", "Basic realm=\"EDEN\"")
                    .build();
        }
    }

    /**
     * A refusal of the services: 401 for an anonymous caller (he must authenticate first), else 403
     * naming the missing right, traced ({@code ACCES_REFUSE}, R-TRACE-1).
     */
    @Provider
    public static class AccesRefuseMapper extends Base<AuthorizationException> {
        private static final Pattern PERMISSION = Pattern.compile("\\[([^\\]]+)\\]");

        @Override
        public Response toResponse(AuthorizationException e) {
            if (!SecurityUtils.getSubject().isAuthenticated()) {
                return new NonAuthentifieMapper().toResponse(new UnauthenticatedException(e.getMessage()), instance());
            }
            Matcher m = PERMISSION.matcher(e.getMessage() == null ? "" : e.getMessage());
            String permission = m.find() ? m.group(1) : null;
            CDI.current().select(JournalTraces.class).get().enregistrerEchec(new EvenementTrace("ACCES_REFUSE", "API",
                    instance(), ResultatTrace.REFUS, permission == null ? "refus" : "permission " + permission, null, null));
            return Probleme.de(403, titre(403), permission == null
                    ? "Vos habilitations ne permettent pas cette opération."
                    : "Vos habilitations ne permettent pas cette opération (droit manquant : " + permission + ").", instance()).reponse();
        }
    }

    @Provider
    public static class ErreurInterneMapper extends Base<Throwable> {
        private static final Logger LOG = Logger.getLogger(ErreurInterneMapper.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Erreur interne de l'API, référence " + reference, e);
            return Probleme.de(500, titre(500),
                    "Une erreur inattendue s'est produite. Référence à communiquer au support : " + reference + ".",
                    instance()).reponse();
        }
    }
}

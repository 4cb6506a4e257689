package org.eden.portail.securite;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.trace.EvenementTrace;
import org.eden.portail.trace.FiltreAccesTrace;
import org.eden.portail.trace.JournalTraces;
import org.eden.portail.trace.ResultatTrace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One place for what goes wrong inside a page, whatever the page (issue 19):
 * <ul>
 * <li>a missing permission anywhere — a bean built for the page, an action, an AJAX request — is
 * the 403 page naming the missing right, and is traced ({@code ACCES_REFUSE});</li>
 * <li>an expired view (a form posted after its session or its view ended) reloads the page with
 * « Votre page a expiré, elle a été rechargée. »;</li>
 * <li>bad input that reached a converter (a forged value, a protected view posted from elsewhere)
 * is the 400 page;</li>
 * <li>anything else in an AJAX request makes the browser open the error page: the implementation's
 * own answer would show the exception's class name in the partial response. A full page goes on
 * to the container's 500 page, which shows nothing of it either.</li>
 * </ul>
 * Everything unexpected is logged with a reference; nothing of an exception reaches the browser.
 */
public class GestionnaireExceptions extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(GestionnaireExceptions.class.getName());
    /** Shiro's refusal names the permission between brackets: "… does not have permission [x:y]". */
    private static final Pattern PERMISSION = Pattern.compile("\\[([^\\]]+)\\]");

    public static final String MESSAGE_PAGE_EXPIREE = "Votre page a expiré, elle a été rechargée.";

    public GestionnaireExceptions(ExceptionHandler enveloppe) {
        super(enveloppe);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> evenements = getUnhandledExceptionQueuedEvents().iterator();
        while (evenements.hasNext()) {
            Throwable exception = evenements.next().getContext().getException();
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null) {
                continue;
            }
            if (faces.getResponseComplete()) {
                // Already answered (a first exception of the same request): this one is only logged.
                LOG.log(Level.FINE, "Exception après la réponse", exception);
                evenements.remove();
                continue;
            }
            try {
                if (traiter(faces, exception)) {
                    evenements.remove();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Réponse d'erreur impossible à envoyer", e);
            }
        }
        getWrapped().handle();
    }

    /** True when the exception has been answered here. */
    private boolean traiter(FacesContext faces, Throwable exception) throws IOException {
        AuthorizationException refus = cause(exception, AuthorizationException.class);
        if (refus != null) {
            refuser(faces, refus);
            return true;
        }
        ViewExpiredException expiree = cause(exception, ViewExpiredException.class);
        if (expiree != null) {
            recharger(faces, expiree.getViewId());
            return true;
        }
        if (cause(exception, ConverterException.class) != null || cause(exception, ProtectedViewException.class) != null
                || cause(exception, NumberFormatException.class) != null) {
            LOG.log(Level.FINE, "Requête invalide", exception);
            terminer(faces, 400, "Requête invalide", "/erreur/requete-invalide.xhtml");
            return true;
        }
        if (faces.getPartialViewContext().isAjaxRequest()) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Erreur inattendue (requête AJAX), référence " + reference, exception);
            rediriger(faces, faces.getExternalContext().getRequestContextPath() + "/erreur/erreur.xhtml");
            return true;
        }
        return false;
    }

    private static void refuser(FacesContext faces, AuthorizationException refus) throws IOException {
        String permission = permissionManquante(refus);
        HttpServletRequest requete = (HttpServletRequest) faces.getExternalContext().getRequest();
        String page = requete.getRequestURI().substring(requete.getContextPath().length());
        if (SecurityUtils.getSubject().getPrincipal() != null) {
            CDI.current().select(JournalTraces.class).get().enregistrerEchec(new EvenementTrace("ACCES_REFUSE", "PAGE", page,
                    ResultatTrace.REFUS, permission == null ? "refus" : "permission " + permission, null, null));
        }
        requete.setAttribute(FiltreAccesTrace.PERMISSION_MANQUANTE, permission);
        terminer(faces, 403, "Accès refusé", "/erreur/acces-refuse.xhtml");
    }

    /** The right the refusal names, or null when Shiro did not name one (a role, an unauthenticated call). */
    static String permissionManquante(AuthorizationException refus) {
        if (refus.getMessage() == null) {
            return null;
        }
        Matcher m = PERMISSION.matcher(refus.getMessage());
        return m.find() ? m.group(1) : null;
    }

    /** A full page gets the status and the error page; an AJAX request is sent to that page. */
    private static void terminer(FacesContext faces, int statut, String raison, String page) throws IOException {
        ExternalContext externe = faces.getExternalContext();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            rediriger(faces, externe.getRequestContextPath() + page);
            return;
        }
        if (externe.isResponseCommitted()) {
            LOG.warning("Réponse déjà partie : le statut " + statut + " ne peut plus être envoyé");
            faces.responseComplete();
            return;
        }
        externe.responseReset();
        externe.responseSendError(statut, raison);
        faces.responseComplete();
    }

    /** The same page again, anew, with the message (the login page reads it from its address). */
    private static void recharger(FacesContext faces, String vue) throws IOException {
        ExternalContext externe = faces.getExternalContext();
        String chemin = vue == null ? "/index.xhtml" : vue;
        if ("/login.xhtml".equals(chemin)) {
            rediriger(faces, externe.getRequestContextPath() + "/login.xhtml?rechargee=true");
            return;
        }
        externe.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, MESSAGE_PAGE_EXPIREE, MESSAGE_PAGE_EXPIREE));
        String requete = ((HttpServletRequest) externe.getRequest()).getQueryString();
        rediriger(faces, externe.getRequestContextPath() + chemin + (requete == null ? "" : "?" + requete));
    }

    private static void rediriger(FacesContext faces, String url) throws IOException {
        ExternalContext externe = faces.getExternalContext();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            if (externe.isResponseCommitted()) {
                faces.responseComplete();
                return;
            }
            externe.responseReset();
            externe.setResponseContentType("text/xml");
            externe.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
            externe.getResponseOutputWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            externe.redirect(url);
        }
        faces.responseComplete();
    }

    private static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}

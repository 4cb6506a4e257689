package org.eden.portail.trace;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.PermissionsAuthorizationFilter;

import java.io.IOException;
import java.util.Arrays;


/**
 * Shiro's {@code perms[…]} URL guard, whose refusals are traced (R-TRACE-1: "authorisation refusals
 * included"): a logged-in person who opens a screen his permissions do not open gets the 403 page
 * naming the missing right, and the journal gets an {@code ACCES_REFUSE} trace naming the page —
 * through the one writer, like every other refusal. (A visitor not logged in is sent to the login
 * page, as before.)
 * <p>
 * Unlike Shiro's {@code perms}, {@code permsTrace[a, b]} opens the page to whoever holds ONE of the
 * permissions: a screen reached from the partner's side and from the Caf's (R-HAB-7) lists both.
 * The page's bean is thus never built for someone the screen is not for; its services check again.
 */
public class FiltreAccesTrace extends PermissionsAuthorizationFilter {

    /** The request attribute the 403 page reads to name the missing right. */
    public static final String PERMISSION_MANQUANTE = "eden.permission.manquante";

    @Override
    public boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) throws IOException {
        Subject sujet = getSubject(request, response);
        String[] permissions = (String[]) mappedValue;
        return permissions == null || permissions.length == 0
                || Arrays.stream(permissions).anyMatch(sujet::isPermitted);
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response, Object mappedValue) throws Exception {
        if (SecurityUtils.getSubject().getPrincipal() == null) {
            return super.onAccessDenied(request, response, mappedValue);
        }
        HttpServletRequest requete = (HttpServletRequest) request;
        String page = requete.getRequestURI().substring(requete.getContextPath().length());
        String exigee = mappedValue instanceof String[] permissions ? String.join(" ou ", permissions) : String.valueOf(mappedValue);
        CDI.current().select(JournalTraces.class).get().enregistrerEchec(new EvenementTrace("ACCES_REFUSE", "PAGE", page,
                ResultatTrace.REFUS, "permission " + exigee, null, null));
        requete.setAttribute(PERMISSION_MANQUANTE, exigee);
        ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, "Accès refusé");
        return false;
    }
}

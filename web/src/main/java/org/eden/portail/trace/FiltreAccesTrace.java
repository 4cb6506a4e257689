package org.eden.portail.trace;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.web.filter.authz.PermissionsAuthorizationFilter;


/**
 * Shiro's {@code perms[…]} URL guard, whose refusals are traced (R-TRACE-1: "authorisation refusals
 * included"): a logged-in person who opens a screen his permissions do not open gets the 403 page,
 * and the journal gets an {@code ACCES_REFUSE} trace naming the page — through the one writer,
 * like every other refusal. (A visitor not logged in is sent to the login page, as before.)
 */
public class FiltreAccesTrace extends PermissionsAuthorizationFilter {

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response, Object mappedValue) throws Exception {
        if (SecurityUtils.getSubject().getPrincipal() != null) {
            HttpServletRequest requete = (HttpServletRequest) request;
            String page = requete.getRequestURI().substring(requete.getContextPath().length());
            String exigee = mappedValue instanceof String[] permissions ? String.join(",", permissions) : String.valueOf(mappedValue);
            CDI.current().select(JournalTraces.class).get().enregistrerEchec(new EvenementTrace("ACCES_REFUSE", "PAGE", page,
                    ResultatTrace.REFUS, "permission " + exigee, null, null));
        }
        return super.onAccessDenied(request, response, mappedValue);
    }
}

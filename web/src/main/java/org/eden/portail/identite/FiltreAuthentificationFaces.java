package org.eden.portail.identite;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.web.filter.authc.AuthenticationFilter;

import java.io.IOException;

/**
 * Sends an unauthenticated visitor to the login page, remembering where he was going. A browser
 * whose session cookie names a session that no longer exists has been idle too long (R-SESS-2):
 * the login page tells him so. A JSF AJAX request cannot follow an HTTP redirect to an HTML
 * page, so it receives the partial response that makes the JSF client navigate instead.
 */
public class FiltreAuthentificationFaces extends AuthenticationFilter {

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = (HttpServletRequest) request;
        saveRequest(request);
        boolean expiree = http.getRequestedSessionId() != null && !http.isRequestedSessionIdValid();
        ReponsesFiltre.rediriger(http, (HttpServletResponse) response, getLoginUrl() + (expiree ? "?expiree=true" : ""));
        return false;
    }
}

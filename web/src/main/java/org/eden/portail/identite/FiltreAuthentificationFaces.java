package org.eden.portail.identite;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.web.filter.authc.AuthenticationFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sends an unauthenticated visitor to the login page, remembering where he was going. A JSF AJAX
 * request (an expired session under an open page) cannot follow an HTTP redirect to an HTML page,
 * so it receives the partial response that tells the JSF client to navigate instead.
 */
public class FiltreAuthentificationFaces extends AuthenticationFilter {

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = (HttpServletRequest) request;
        if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
            HttpServletResponse reponse = (HttpServletResponse) response;
            reponse.setContentType("text/xml");
            reponse.setCharacterEncoding(StandardCharsets.UTF_8.name());
            reponse.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + http.getContextPath() + getLoginUrl() + "\"/></partial-response>");
            return false;
        }
        saveRequestAndRedirectToLogin(request, response);
        return false;
    }
}

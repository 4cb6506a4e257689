package org.eden.portail.trace;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Tells the traces where each request comes from (R-TRACE-1: "from where"): the client's address
 * and its session. Declared before Shiro's filter in web.xml, so that even a login made by Shiro
 * itself (HTTP Basic on the API) is traced with them.
 * <p>
 * The address is the TCP peer's: behind a reverse proxy, WildFly's proxy-address-forwarding must be
 * switched on for it to be the browser's (X-Forwarded-For is not read here, a client could forge it).
 */
public class FiltreContexteAction implements Filter {

    @Inject
    ContexteAction contexte;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest requete = (HttpServletRequest) request;
        contexte.renseigner(requete.getRemoteAddr(), () -> {
            try {
                HttpSession session = requete.getSession(false);
                return session == null ? null : session.getId();
            } catch (IllegalStateException terminee) {
                return null;
            }
        });
        chain.doFilter(request, response);
    }
}

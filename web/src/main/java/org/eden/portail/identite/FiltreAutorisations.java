package org.eden.portail.identite;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;

/**
 * Each request reads its caller's rights once ({@link AutorisationsDeLaRequete}), however many
 * checks the URL filter, the screen and the services make. Declared before Shiro's filter, whose
 * URL rules are the first checks.
 */
public class FiltreAutorisations implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (AutorisationsDeLaRequete.Portee portee = AutorisationsDeLaRequete.ouvrir()) {
            chain.doFilter(request, response);
        }
    }
}

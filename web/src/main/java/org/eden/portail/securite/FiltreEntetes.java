package org.eden.portail.securite;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The caching and transport headers of every answer, before anything else runs (web.xml):
 * <ul>
 * <li>nothing the portal computes is kept by a browser or a proxy ({@code Cache-Control: no-store},
 * and {@code Pragma} / {@code Expires} for old proxies): after « Déconnexion » on a shared computer,
 * the back button shows no beneficiary's file. Only the static resources (style sheets, scripts,
 * images, fonts) keep the long cache their library gives them;</li>
 * <li>with {@code eden.cookie.secure} on (the portal behind HTTPS), {@code Strict-Transport-Security}
 * (the session cookie is then {@code Secure}, wildfly-config/cli/04-web.cli).</li>
 * </ul>
 */
public class FiltreEntetes implements Filter {

    private static final String[] STATIQUES = {"/jakarta.faces.resource/", "/resources/", "/favicon.ico"};
    private static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest requete = (HttpServletRequest) request;
        HttpServletResponse reponse = (HttpServletResponse) response;
        if (!statique(requete.getRequestURI().substring(requete.getContextPath().length()))) {
            reponse.setHeader("Cache-Control", "no-store");
            reponse.setHeader("Pragma", "no-cache");
            reponse.setHeader("Expires", "0");
        }
        if (httpsExige()) {
            reponse.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    static boolean statique(String chemin) {
        for (String prefixe : STATIQUES) {
            if (chemin.startsWith(prefixe)) {
                return true;
            }
        }
        return false;
    }

    /** The same setting as the session cookie's Secure flag: a property, else the environment. */
    static boolean httpsExige() {
        String valeur = System.getProperty("eden.cookie.secure", System.getenv("EDEN_COOKIE_SECURE"));
        return Boolean.parseBoolean(valeur);
    }
}

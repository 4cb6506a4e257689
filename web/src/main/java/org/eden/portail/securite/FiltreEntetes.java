package org.eden.portail.securite;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The caching and transport headers of every answer, before anything else runs (web.xml):
 * <ul>
 * <li>nothing the portal computes is kept by a browser or a proxy ({@code Cache-Control: no-store},
 * and {@code Pragma} / {@code Expires} for old proxies): after « Déconnexion » on a shared computer,
 * the back button shows no beneficiary's file. Only the static resources (style sheets, scripts,
 * images, fonts) keep the long cache their library gives them;</li>
 * <li>with {@code eden.cookie.secure} on (the portal behind HTTPS), {@code Strict-Transport-Security},
 * and every cookie the application sets is {@code Secure}: Faces' flash cookie (which carries the
 * messages kept across a redirect) and PrimeFaces' download cookie are written by the libraries,
 * which follow the request's own scheme — plain HTTP behind a TLS-terminating proxy. The session
 * cookie is made {@code Secure} by the server itself (wildfly-config/cli/04-web.cli).</li>
 * </ul>
 */
public class FiltreEntetes implements Filter {

    private static final String[] STATIQUES = {"/jakarta.faces.resource/", "/resources/", "/favicon.ico"};
    private static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest requete = (HttpServletRequest) request;
        boolean statique = statique(requete.getRequestURI().substring(requete.getContextPath().length()));
        chain.doFilter(request, new ReponseProtegee((HttpServletResponse) response, statique, httpsExige()));
    }

    /**
     * The answer with its headers, kept through a {@code reset()}: Faces and the exception handler
     * reset the answer before writing a refusal or a redirect ({@code GestionnaireExceptions}),
     * which would otherwise send a 403 page without {@code no-store}. Behind HTTPS, every cookie
     * leaves with the Secure flag.
     */
    static final class ReponseProtegee extends HttpServletResponseWrapper {

        private final boolean statique;
        private final boolean https;

        ReponseProtegee(HttpServletResponse reponse, boolean statique, boolean https) {
            super(reponse);
            this.statique = statique;
            this.https = https;
            poserLesEntetes();
        }

        private void poserLesEntetes() {
            if (!statique) {
                setHeader("Cache-Control", "no-store");
                setHeader("Pragma", "no-cache");
                setHeader("Expires", "0");
            }
            if (https) {
                setHeader("Strict-Transport-Security", HSTS);
            }
        }

        @Override
        public void reset() {
            super.reset();
            poserLesEntetes();
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (https) {
                cookie.setSecure(true);
            }
            super.addCookie(cookie);
        }
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

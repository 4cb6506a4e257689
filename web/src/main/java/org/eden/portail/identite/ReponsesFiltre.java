package org.eden.portail.identite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How the security filters answer when they stop a request: a redirect for a page, the partial
 * response that makes the JSF client navigate for an AJAX request, a problem document for the API.
 */
final class ReponsesFiltre {

    private ReponsesFiltre() {
    }

    static boolean estApi(HttpServletRequest requete) {
        return requete.getRequestURI().startsWith(requete.getContextPath() + "/api/");
    }

    static void rediriger(HttpServletRequest requete, HttpServletResponse reponse, String page) throws IOException {
        String url = requete.getContextPath() + page;
        if ("partial/ajax".equals(requete.getHeader("Faces-Request"))) {
            reponse.setContentType("text/xml");
            reponse.setCharacterEncoding(StandardCharsets.UTF_8.name());
            reponse.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"/></partial-response>");
        } else {
            reponse.sendRedirect(url);
        }
    }

    static void probleme(HttpServletRequest requete, HttpServletResponse reponse, int statut, String titre,
                         String detail) throws IOException {
        reponse.setStatus(statut);
        reponse.setContentType("application/problem+json");
        reponse.setCharacterEncoding(StandardCharsets.UTF_8.name());
        reponse.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + titre + "\",\"status\":" + statut
                + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\",\"instance\":\""
                + requete.getRequestURI().substring(requete.getContextPath().length()) + "\"}");
    }
}

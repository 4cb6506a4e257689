package org.eden.portail.securite;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eden.portail.api.ProblemeMappers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the container sends every error (web.xml): an error of the API — the container's own too,
 * such as a 401 of HTTP Basic or a 404 outside any resource — is answered as an RFC 9457
 * {@code application/problem+json} document in French; an error of a screen shows the portal's
 * page for it. Nothing of an exception is written: its class and message stay in the server log.
 */
@WebServlet("/erreur/reponse")
public class PageErreur extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest requete, HttpServletResponse reponse) throws ServletException, IOException {
        Object code = requete.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int statut = code instanceof Integer valeur ? valeur : 404;
        Object uri = requete.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String chemin = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(), requete.getContextPath().length()));
        if (chemin.startsWith("/api/") || chemin.equals("/api")) {
            probleme(reponse, statut, chemin);
        } else {
            reponse.setStatus(statut);
            requete.getRequestDispatcher(page(statut)).forward(requete, reponse);
        }
    }

    static String page(int statut) {
        return switch (statut) {
            case 400 -> "/erreur/requete-invalide.xhtml";
            case 401, 403 -> "/erreur/acces-refuse.xhtml";
            case 404, 405 -> "/erreur/introuvable.xhtml";
            default -> statut < 500 ? "/erreur/requete-invalide.xhtml" : "/erreur/erreur.xhtml";
        };
    }

    static String detail(int statut) {
        return switch (statut) {
            case 400 -> "La requête est mal formée.";
            case 401 -> "Connectez-vous au portail, ou présentez vos identifiants (HTTP Basic).";
            case 403 -> "Vos habilitations ne permettent pas cette opération.";
            case 404 -> "Aucune ressource ne répond à cette adresse.";
            case 405 -> "Cette méthode HTTP n'est pas acceptée à cette adresse.";
            case 415 -> "Envoyez le corps de la requête en JSON.";
            default -> statut >= 500 ? "Une erreur inattendue s'est produite ; elle est consignée dans le journal du serveur."
                    : "La requête ne peut pas être traitée.";
        };
    }

    private static void probleme(HttpServletResponse reponse, int statut, String chemin) throws IOException {
        if (reponse.isCommitted()) {
            return;
        }
        reponse.resetBuffer();
        reponse.setStatus(statut);
        reponse.setContentType("application/problem+json");
        reponse.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JsonObjectBuilder corps = Json.createObjectBuilder().add("type", "about:blank")
                .add("title", ProblemeMappers.titre(statut)).add("status", statut).add("detail", detail(statut));
        if (!chemin.isEmpty()) {
            corps.add("instance", chemin);
        }
        reponse.getWriter().write(corps.build().toString());
    }
}

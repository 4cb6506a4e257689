package org.eden.portail.identite;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.PathMatchingFilter;

import java.util.Optional;

/**
 * The session policy, on every authenticated request:
 * <ul>
 * <li>R-SESS-1 — a session that is no longer the identifier's session in force (he logged in
 * elsewhere) is ended, and the browser told why;</li>
 * <li>R-SESS-3 — a session closed by a suspension or a forced password change is ended;</li>
 * <li>R-AUTH-2 — while a mandatory step is due (usage rules, new password), only its page is
 * reachable, whatever URL is typed.</li>
 * </ul>
 */
public class FiltreSessionPortail extends PathMatchingFilter {

    private static final String RESSOURCES = "/jakarta.faces.resource/";

    @Override
    protected boolean onPreHandle(ServletRequest request, ServletResponse response, Object mappedValue) throws Exception {
        Subject sujet = SecurityUtils.getSubject();
        if (!sujet.isAuthenticated()) {
            return true;
        }
        HttpServletRequest requete = (HttpServletRequest) request;
        HttpServletResponse reponse = (HttpServletResponse) response;
        String identifiant = (String) sujet.getPrincipal();
        HttpSession session = requete.getSession(false);
        if (session == null) {
            // A program calling the API with HTTP Basic: no session, but the steps hold all the same.
            if (!CDI.current().select(IdentiteService.class).get().etapes(identifiant).isEmpty()) {
                ReponsesFiltre.probleme(requete, reponse, 403, "Accès refusé",
                        "R-AUTH-2 : terminez d'abord votre première connexion sur le portail (règles d'usage, nouveau mot de passe).");
                return false;
            }
            return true;
        }
        RegistreSessions.Etat etat = CDI.current().select(RegistreSessions.class).get().etat(identifiant, session.getId());
        if (etat != RegistreSessions.Etat.EN_VIGUEUR) {
            sujet.logout();
            String motif = etat == RegistreSessions.Etat.REMPLACEE ? "ailleurs" : "fermee";
            if (ReponsesFiltre.estApi(requete)) {
                ReponsesFiltre.probleme(requete, reponse, 401, "Authentification requise", etat == RegistreSessions.Etat.REMPLACEE
                        ? "R-SESS-1 : votre session a été fermée car vous vous êtes connecté ailleurs."
                        : "R-SESS-3 : votre session a été fermée par un administrateur.");
            } else {
                ReponsesFiltre.rediriger(requete, reponse, "/login.xhtml?" + motif + "=true");
            }
            return false;
        }
        Optional<EtapeConnexion> etape = CDI.current().select(SessionUtilisateur.class).get().etapeEnCours();
        String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        if (etape.isPresent() && !chemin.equals(etape.get().getPage()) && !chemin.startsWith(RESSOURCES)) {
            if (ReponsesFiltre.estApi(requete)) {
                ReponsesFiltre.probleme(requete, reponse, 403, "Accès refusé",
                        "R-AUTH-2 : terminez d'abord votre première connexion sur le portail.");
            } else {
                ReponsesFiltre.rediriger(requete, reponse, etape.get().getPage());
            }
            return false;
        }
        return true;
    }
}

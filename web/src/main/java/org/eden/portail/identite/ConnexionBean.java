package org.eden.portail.identite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;

import java.io.IOException;

/** The login page: hands the credentials to Shiro and opens the portal session. */
@Named
@RequestScoped
public class ConnexionBean {

    /** One message for every refusal: it must not tell whether the identifier exists (R-AUTH-1). */
    static final String REFUS = "Identifiant ou mot de passe incorrect.";

    @Inject
    IdentiteService identite;

    @Inject
    SessionUtilisateur session;

    @Inject
    ParametresSession parametres;

    private String identifiant;
    private String motDePasse;

    /** Someone already logged in who opens the login page goes on where he should be. */
    public void siDejaConnecte() throws IOException {
        if (SecurityUtils.getSubject().isAuthenticated() && session.isOuverte()) {
            Navigation.rediriger(Navigation.destination(session, null));
        }
    }

    public String seConnecter() throws IOException {
        Subject sujet = SecurityUtils.getSubject();
        try {
            sujet.login(new UsernamePasswordToken(identifiant, motDePasse));
        } catch (AuthenticationException refus) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUS, null));
            motDePasse = null;
            return null;
        }
        ExternalContext contexte = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest requete = (HttpServletRequest) contexte.getRequest();
        SavedRequest demandee = WebUtils.getAndClearSavedRequest(requete);
        // A new session id once authenticated: an id planted before login is worth nothing after.
        requete.getSession(true);
        requete.changeSessionId();
        HttpSession httpSession = requete.getSession();
        httpSession.setMaxInactiveInterval(parametres.inactiviteMaximaleSecondes());
        String principal = (String) sujet.getPrincipal();
        httpSession.setAttribute(SessionUtilisateur.ATTRIBUT_IDENTIFIANT, principal);
        session.ouvrir(identite.ouvrirSession(principal, httpSession.getId()));
        String pageDemandee = demandee != null && "GET".equalsIgnoreCase(demandee.getMethod())
                ? demandee.getRequestURI().substring(contexte.getRequestContextPath().length())
                  + (demandee.getQueryString() == null ? "" : "?" + demandee.getQueryString())
                : null;
        Navigation.rediriger(Navigation.destination(session, pageDemandee));
        return null;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public void setIdentifiant(String identifiant) {
        this.identifiant = identifiant;
    }

    public String getMotDePasse() {
        return motDePasse;
    }

    public void setMotDePasse(String motDePasse) {
        this.motDePasse = motDePasse;
    }
}

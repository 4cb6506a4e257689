package org.eden.portail.identite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
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

    @NotBlank(message = "Saisissez votre identifiant.")
    private String identifiant;

    @NotBlank(message = "Saisissez votre mot de passe.")
    private String motDePasse;

    /** Someone already logged in who opens the login page goes to his home page. */
    public void siDejaConnecte() throws IOException {
        if (SecurityUtils.getSubject().isAuthenticated() && session.isOuverte()) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(contextPath() + "/index.xhtml");
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
        if (requete.getSession(false) != null) {
            requete.changeSessionId();
        }
        session.ouvrir(identite.connexionReussie((String) sujet.getPrincipal()));
        String destination = demandee != null && "GET".equalsIgnoreCase(demandee.getMethod())
                ? demandee.getRequestUrl() : contextPath() + "/index.xhtml";
        contexte.redirect(destination);
        return null;
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
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

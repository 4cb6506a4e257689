package org.eden.portail.identite;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;

import java.io.IOException;

/**
 * HTTP Basic on the API (shiro.ini {@code authcApi}), answering like the rest of the API: a failed
 * or malformed {@code Authorization} header gets 401 with {@code WWW-Authenticate} and an
 * {@code application/problem+json} body in French, never a 500 nor an empty body.
 */
public class FiltreBasicApi extends BasicHttpAuthenticationFilter {

    @Override
    protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
        try {
            return super.createToken(request, response);
        } catch (RuntimeException illisible) {
            // Not Base64, not "identifiant:motdepasse": a login that fails like a wrong password.
            return new UsernamePasswordToken("", new char[0]);
        }
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletResponse reponse = (HttpServletResponse) response;
        if (reponse.isCommitted()) {
            return false;
        }
        reponse.resetBuffer();
        reponse.setHeader(AUTHENTICATE_HEADER, getAuthcScheme() + " realm=\"" + getApplicationName() + "\"");
        try {
            ReponsesFiltre.probleme((HttpServletRequest) request, reponse, 401, "Authentification requise",
                    "Identifiant ou mot de passe incorrect, ou en-tête Authorization illisible : présentez vos identifiants (HTTP Basic).");
        } catch (IOException e) {
            reponse.setStatus(401);
        }
        return false;
    }
}

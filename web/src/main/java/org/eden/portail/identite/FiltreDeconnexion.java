package org.eden.portail.identite;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.LogoutFilter;

/** Shiro's logout, traced first (R-TRACE-1): the session's end alone would not say it was asked for. */
public class FiltreDeconnexion extends LogoutFilter {

    @Override
    protected boolean preHandle(ServletRequest request, ServletResponse response) throws Exception {
        Subject sujet = SecurityUtils.getSubject();
        if (sujet.isAuthenticated() && sujet.getPrincipal() != null) {
            CDI.current().select(IdentiteService.class).get().deconnexion(sujet.getPrincipal().toString());
        }
        return super.preHandle(request, response);
    }
}

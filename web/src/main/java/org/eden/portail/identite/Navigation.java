package org.eden.portail.identite;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** Redirects from backing beans, relative to the application. */
final class Navigation {

    private Navigation() {
    }

    static void rediriger(String page) throws IOException {
        ExternalContext contexte = FacesContext.getCurrentInstance().getExternalContext();
        contexte.getFlash().setKeepMessages(true);
        contexte.redirect(contexte.getRequestContextPath() + page);
    }

    /** Where a person goes once his session is open: his next mandatory step, or the page asked. */
    static String destination(SessionUtilisateur session, String demandee) {
        return session.etapeEnCours().map(EtapeConnexion::getPage).orElse(demandee != null ? demandee : "/index.xhtml");
    }
}

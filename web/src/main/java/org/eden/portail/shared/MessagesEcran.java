package org.eden.portail.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.apache.shiro.authz.AuthorizationException;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How the screens tell a person what happened: a refusal by a rule names it (the growl reads
 * "R-CONV-3 : …"), a missing permission says so plainly, a page the person may not open answers 403.
 */
public final class MessagesEcran {

    private MessagesEcran() {
    }

    public static void info(String resume, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, resume, detail));
    }

    /** A refusal of the services, as a growl message; anything else is not a refusal and goes on up. */
    public static void refus(RuntimeException refus) {
        FacesMessage message;
        if (refus instanceof RegleMetierException regle) {
            message = new FacesMessage(FacesMessage.SEVERITY_ERROR, "Refusé (" + regle.getRegle() + ")",
                    regle.enClair());
        } else if (refus instanceof AuthorizationException) {
            message = new FacesMessage(FacesMessage.SEVERITY_ERROR, "Action non autorisée",
                    "Vos habilitations ne vous permettent pas cette action.");
        } else {
            throw refus;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, message);
        faces.validationFailed();
    }

    /** Ends the request with 403 (the portal's "Accès refusé" page). */
    public static void accesRefuse() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext externe = faces.getExternalContext();
        try {
            externe.responseSendError(403, "Accès refusé");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Ends the request with 404 (an unknown or malformed id). */
    public static void introuvable() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Introuvable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}

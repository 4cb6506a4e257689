package org.eden.portail.securite;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a view parameter that does not convert ({@code ?id=abc}, a 10 KB number, a
 * NUL…) is answered 400 with the "requête invalide" page, before anything is rendered: otherwise
 * Faces renders the page with its bean never loaded (the view action is skipped) and the page
 * fails on what is missing. Every page with an {@code f:viewParam} is covered, none needs a line.
 */
public class ParametresVueInvalides implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent evenement) {
        FacesContext faces = evenement.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed() || faces.getViewRoot() == null) {
            return;
        }
        boolean invalide = ViewMetadata.getViewParameters(faces.getViewRoot()).stream().anyMatch(p -> !p.isValid());
        if (invalide) {
            try {
                faces.getExternalContext().responseSendError(400, "Requête invalide");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    @Override
    public void afterPhase(PhaseEvent evenement) {
        // Nothing after rendering.
    }
}

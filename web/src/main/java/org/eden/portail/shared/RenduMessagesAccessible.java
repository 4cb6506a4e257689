package org.eden.portail.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;

/**
 * PrimeFaces' p:messages, without the {@code role="alert"} it puts on each {@code <li>}: a list
 * item with another role breaks the list for assistive technologies (axe-core's rule "list",
 * serious; RGAA 9.3). The messages are still announced: their container is {@code aria-live}.
 * Registered in faces-config.xml in place of PrimeFaces' renderer, for every page at once.
 */
public class RenduMessagesAccessible extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severite,
                                 boolean echapper) throws IOException {
        super.encodeMessage(new SansRoleSurLesItems(writer), messages, message, severite, echapper);
    }

    /** Passes everything through, but the role attribute of li elements. */
    static final class SansRoleSurLesItems extends ResponseWriterWrapper {

        private String element;

        SansRoleSurLesItems(ResponseWriter ecrivain) {
            super(ecrivain);
        }

        @Override
        public void startElement(String nom, UIComponent composant) throws IOException {
            element = nom;
            super.startElement(nom, composant);
        }

        @Override
        public void writeAttribute(String nom, Object valeur, String propriete) throws IOException {
            if ("li".equals(element) && "role".equals(nom)) {
                return;
            }
            super.writeAttribute(nom, valeur, propriete);
        }
    }
}

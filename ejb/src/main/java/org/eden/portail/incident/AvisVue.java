package org.eden.portail.incident;

import org.eden.portail.trace.ResultatTracable;

import java.io.Serializable;
import java.time.Instant;

/** A maintenance notice as the login page, the home and the Caf's screen show it. */
public record AvisVue(Long id, String caf, String texte, Instant debut, Instant fin) implements Serializable, ResultatTracable {

    AvisVue(AvisMaintenance a) {
        this(a.getId(), a.getCaf().getNom(), a.getTexte(), a.getDebut(), a.getFin());
    }

    @Override
    public String cibleTrace() {
        return id == null ? null : id.toString();
    }
}

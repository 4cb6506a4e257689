package org.eden.portail.incident;

import org.eden.portail.trace.ResultatTracable;

import java.io.Serializable;
import java.time.Instant;

/** A maintenance notice as the login page, the home and the Caf's screen show it. */
public class AvisVue implements Serializable, ResultatTracable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String caf;
    private final String texte;
    private final Instant debut;
    private final Instant fin;

    AvisVue(AvisMaintenance a) {
        id = a.getId();
        caf = a.getCaf().getNom();
        texte = a.getTexte();
        debut = a.getDebut();
        fin = a.getFin();
    }

    @Override
    public String cibleTrace() {
        return id == null ? null : id.toString();
    }

    public Long getId() {
        return id;
    }

    public String getCaf() {
        return caf;
    }

    public String getTexte() {
        return texte;
    }

    public Instant getDebut() {
        return debut;
    }

    public Instant getFin() {
        return fin;
    }
}

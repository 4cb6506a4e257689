package org.eden.portail.cdap;

import java.io.Serializable;
import java.time.LocalDate;

/** Section Courrier: a letter sent to the allocataire. */
public final class Courrier implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final String objet;

    public Courrier(LocalDate date, String objet) {
        this.date = date;
        this.objet = objet;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getObjet() {
        return objet;
    }
}

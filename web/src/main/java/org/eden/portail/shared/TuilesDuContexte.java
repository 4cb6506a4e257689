package org.eden.portail.shared;

import java.util.List;

/**
 * The home tiles a context offers, each with the permission that shows it. Each context declares
 * its own beside its screens (a bean extending this class with its rank and its tiles), so the home
 * page (shared) knows none of them, and a new context adds its tiles by adding one class.
 */
public abstract class TuilesDuContexte {

    private final int rang;
    private final List<Tuile> tuiles;

    protected TuilesDuContexte(int rang, Tuile... tuiles) {
        this.rang = rang;
        this.tuiles = List.of(tuiles);
    }

    /** Where the context's tiles come on the home page, smallest first. */
    public int rang() {
        return rang;
    }

    public List<Tuile> tuiles() {
        return tuiles;
    }
}

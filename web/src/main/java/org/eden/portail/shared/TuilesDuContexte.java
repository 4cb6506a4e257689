package org.eden.portail.shared;

import java.util.List;

/**
 * The home tiles a context offers, each with the permission that shows it. Each context declares
 * its own beside its screens, so the home page (shared) knows none of them, and a new context adds
 * its tiles by adding one class.
 */
public interface TuilesDuContexte {

    /** Where the context's tiles come on the home page, smallest first. */
    int rang();

    List<Tuile> tuiles();
}

package org.eden.portail.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.io.Serializable;

/**
 * A counter row that gives numbers (conventions, identifiers): read under a write lock
 * ({@code DepotJpa.verrouilleOuCree}), it only goes up, so a number is never given twice.
 */
@MappedSuperclass
public abstract class Compteur implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int dernier;

    /** The next number. */
    protected int suivant() {
        return ++dernier;
    }

    /** A number taken outside the counter: the counter jumps past it, never back. */
    protected void prendre(int rang) {
        dernier = Math.max(dernier, rang);
    }

    public int getDernier() {
        return dernier;
    }
}

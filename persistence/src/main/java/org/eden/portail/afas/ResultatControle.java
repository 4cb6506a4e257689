package org.eden.portail.afas;

import java.io.Serializable;

/**
 * R-AFAS-4: one failing control on a declaration: its id and severity, the message of its data,
 * what exactly failed ({@code detail}, with the figures) and, for a warning, the justification
 * written so far (null when none).
 */
public record ResultatControle(String id, Severite severite, String message, String detail, String regle,
                               String justification) implements Serializable {

    public boolean bloquant() {
        return severite == Severite.BLOQUANT;
    }

    /** A warning with its justification no longer stops the approval. */
    public boolean leve() {
        return severite == Severite.AVERTISSEMENT && justification != null && !justification.isBlank();
    }
}

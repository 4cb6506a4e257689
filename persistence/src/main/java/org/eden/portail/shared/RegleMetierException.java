package org.eden.portail.shared;

/**
 * A refusal by a rule of the domain. It names the rule ({@code R-CONV-3}, {@code R-PWD-1}…) and
 * carries a French message meant for the person who asked: screens show it as it is, the API puts
 * it in the {@code detail} of its problem document.
 */
public class RegleMetierException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String regle;

    public RegleMetierException(String regle, String message) {
        super(message);
        this.regle = regle;
    }

    /** The id of the rule that refused, as in docs/specification.md. */
    public String getRegle() {
        return regle;
    }

    /** The refusal as a person reads it, the rule first: « R-HAB-9 : l'adresse électronique … ». */
    public String enClair() {
        return regle + " : " + getMessage();
    }
}

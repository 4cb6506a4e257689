package org.eden.portail.api;

/** A request parameter that passed its constraints but names nothing known. Answers 400. */
public class RequeteInvalideException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String champ;

    public RequeteInvalideException(String champ, String message) {
        super(message);
        this.champ = champ;
    }

    public String getChamp() {
        return champ;
    }
}

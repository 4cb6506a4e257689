package org.eden.portail.shared;

/** What the entities do alike to the texts they keep. */
public final class Textes {

    private Textes() {
    }

    /**
     * The text cut to the length of its column (null stays null): a too long name, reason or
     * error is kept shortened rather than refused by the database.
     */
    public static String tronquer(String texte, int longueur) {
        return texte == null || texte.length() <= longueur ? texte : texte.substring(0, longueur);
    }
}

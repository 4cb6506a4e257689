package org.eden.portail.shared;

import java.util.Locale;

/** What the entities and the services do alike to their texts. */
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

    /**
     * The text with its first letter in lower case, to go inside a sentence: « Foyers allocataires
     * du RSA » becomes « foyers allocataires du RSA », where {@code toLowerCase} would write « rsa »;
     * a text that opens with an acronym (« RSA versé ») stays as it is.
     */
    public static String minusculeInitiale(String texte) {
        if (texte == null || texte.isEmpty() || texte.length() > 1 && Character.isUpperCase(texte.charAt(1))) {
            return texte;
        }
        return texte.substring(0, 1).toLowerCase(Locale.FRANCE) + texte.substring(1);
    }
}

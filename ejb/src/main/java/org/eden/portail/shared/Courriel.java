package org.eden.portail.shared;

import java.util.Objects;

/**
 * One outgoing e-mail: a recipient, a subject, and the same message as plain text and as HTML.
 * <p>
 * It is also the CDI event that asks for the mail: fire it with {@code Event<Courriel>} inside the
 * transaction that justifies it; {@link EnvoiCourriels} sends it only once that transaction has
 * committed, so a refused or rolled-back operation sends nothing.
 * <p>
 * The bodies may hold a provisional password: {@link #toString()} leaves them out so that a log
 * line or an exception message never carries one.
 */
public record Courriel(String destinataire, String objet, String texte, String html) {

    public Courriel {
        destinataire = exige(destinataire, "destinataire").strip();
        objet = exige(objet, "objet");
        exige(texte, "texte");
        exige(html, "html");
    }

    private static String exige(String valeur, String nom) {
        if (Objects.requireNonNull(valeur, nom).isBlank()) {
            throw new IllegalArgumentException("Courriel sans " + nom);
        }
        return valeur;
    }

    @Override
    public String toString() {
        return "Courriel[à " + destinataire + ", « " + objet + " »]";
    }
}

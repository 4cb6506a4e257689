package org.eden.portail.shared;

/**
 * A failed attempt to hand a {@link Courriel} to the SMTP relay. {@code definitif} when no retry
 * remains: the mail is then lost and an administrator must act (the log holds a SEVERE line).
 * Carries no body, so observers can record it without ever seeing a password.
 */
public record EchecEnvoiCourriel(String destinataire, String objet, int tentative, boolean definitif, String cause) {
}

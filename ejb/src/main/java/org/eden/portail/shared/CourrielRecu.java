package org.eden.portail.shared;

import java.time.Instant;

/** A mail caught by the embedded development SMTP server, as a developer reads it. */
public record CourrielRecu(String destinataire, String objet, Instant date, String texte) {
}

package org.eden.portail.identite;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the portal shows about the person once logged in: his name, his attachment, and the
 * previous successful login (R-AUTH-3; null on a first login).
 */
public record ConnexionOuverte(String identifiant,
                               String nomComplet,
                               String rattachement,
                               Instant connexionPrecedente) implements Serializable {
}

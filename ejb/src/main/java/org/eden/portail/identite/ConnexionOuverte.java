package org.eden.portail.identite;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the portal keeps about the person once logged in: his name, his attachment, the previous
 * successful login (R-AUTH-3; null on a first login) and the steps still due (R-AUTH-2).
 */
public record ConnexionOuverte(String identifiant,
                               String nomComplet,
                               String rattachement,
                               Instant connexionPrecedente,
                               List<EtapeConnexion> etapes) implements Serializable {

    public ConnexionOuverte {
        etapes = List.copyOf(etapes);
    }
}

package org.eden.portail.habilitation;

import java.io.Serializable;

/**
 * R-HAB-10: one line of an import, as previewed or as run. {@code resultat}: "OK" / "ERREUR" in a
 * preview, "CREEE" / "REFUSEE" (or empty while waiting) in a report.
 */
public record LigneApercu(int numero, String nom, String prenom, String email, String groupes, String resultat,
                          String identifiant, String message) implements Serializable {

    public boolean isEnErreur() {
        return "ERREUR".equals(resultat) || "REFUSEE".equals(resultat);
    }
}

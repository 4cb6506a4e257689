package org.eden.portail.habilitation;

import java.io.Serializable;

/**
 * The filters and the sort of the managers' users list (R-HAB-11), as the screen sends them: parts
 * of a name or an identifier, a group, an account status ({@code ACTIF}, {@code PROVISOIRE},
 * {@code SUSPENDU}), a profile ({@code "CDAP T2"}), the column to sort on ({@code nom},
 * {@code prenom}, {@code identifiant}, {@code statut}, {@code derniereConnexion}). Blank means "any".
 */
public record CritereUtilisateurs(String nom, String identifiant, Long groupeId, String statut, String role,
                                  String tri, boolean croissant) implements Serializable {

    public static CritereUtilisateurs tous() {
        return new CritereUtilisateurs(null, null, null, null, null, "nom", true);
    }
}

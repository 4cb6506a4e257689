package org.eden.portail.habilitation;

import org.eden.portail.identite.StatutCompte;

import java.util.Set;

/**
 * The managers' users list as the database filters and sorts it (R-HAB-11): one organisation,
 * optionally bounded to the users a responsable may see (attached to one of {@code groupesCouverts},
 * or attached nowhere yet — {@code null} means the whole organisation), never the accounts of
 * {@code exclus} (for a responsable: the administrateur partenaire and his suppléant, the Caf's to
 * manage), then the screen's filters. Text filters match the start or any part of the name, in any case.
 */
public record FiltreUtilisateurs(Long organismeId, Set<Long> groupesCouverts, Set<String> exclus, String nom, String identifiant,
                                 Long groupeId, StatutCompte statut, String service, String profil,
                                 TriUtilisateurs tri, boolean croissant) {

    /** The columns the list sorts on. */
    public enum TriUtilisateurs {
        NOM("u.nom"), PRENOM("u.prenom"), IDENTIFIANT("u.identifiant"), STATUT("u.statut"),
        DERNIERE_CONNEXION("u.derniereConnexion");

        private final String chemin;

        TriUtilisateurs(String chemin) {
            this.chemin = chemin;
        }

        String chemin() {
            return chemin;
        }
    }
}

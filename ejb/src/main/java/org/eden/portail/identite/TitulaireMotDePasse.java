package org.eden.portail.identite;

/**
 * Whose password is checked: what a password must not contain (his identifier, his names).
 * Any part may be null, e.g. before an account's names are known.
 */
public record TitulaireMotDePasse(String identifiant, String nom, String prenom) {

    public static TitulaireMotDePasse de(Utilisateur utilisateur) {
        return new TitulaireMotDePasse(utilisateur.getIdentifiant(), utilisateur.getNom(), utilisateur.getPrenom());
    }
}

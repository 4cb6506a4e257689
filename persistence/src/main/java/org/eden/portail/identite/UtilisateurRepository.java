package org.eden.portail.identite;

import java.util.Optional;

/** Where accounts are kept. */
public interface UtilisateurRepository {

    Optional<Utilisateur> parIdentifiant(String identifiant);

    Utilisateur enregistrer(Utilisateur utilisateur);

    long nombre();
}

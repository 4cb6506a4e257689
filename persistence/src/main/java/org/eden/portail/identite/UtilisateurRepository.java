package org.eden.portail.identite;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface UtilisateurRepository {

    Optional<Utilisateur> parIdentifiant(String identifiant);

    /**
     * The account, its row locked until the transaction ends: failure counts and password changes
     * made by two servers at once must not overwrite each other (R-AUTH-1 counts cluster-wide).
     */
    Optional<Utilisateur> parIdentifiantVerrouille(String identifiant);

    /** Locks the row of an account already read, and reloads it as it is now (its last committed state). */
    void verrouiller(Utilisateur utilisateur);

    Utilisateur enregistrer(Utilisateur utilisateur);

    /** R-HAB-9: the account a person (by e-mail) already has in an organisation, if any. */
    Optional<Utilisateur> parOrganismeEtEmail(Long organismeId, String email);

    /** R-HAB-1: the counter of a prefix in a Caf, row-locked, created at its first use. */
    CompteurIdentifiant compteurVerrouille(String prefixe, String codeCaf);

    long nombre();

    /** R-CONV-8: every account of a partner organisation, to end their sessions at a suspension. */
    List<Utilisateur> deLOrganisme(Long organismeId);
}

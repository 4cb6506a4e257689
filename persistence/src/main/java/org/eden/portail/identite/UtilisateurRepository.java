package org.eden.portail.identite;

import java.time.Instant;
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

    Utilisateur enregistrer(Utilisateur utilisateur);

    /**
     * R-AUTH-1 in one statement, without locking the row beforehand: counts one failed login of
     * account {@code id}, and freezes it until {@code maintenant + duree} when the count reaches
     * {@code seuil} (the count then restarts from zero). Failures during a freeze neither count
     * nor extend it. Failures on several servers at once add up: the database applies the
     * statements to the row one after the other.
     *
     * @return true when this failure froze the account
     */
    boolean compterEchec(long id, Instant maintenant, RegleGel regle);

    /** A success: no failure counted and no freeze (nothing written when already so). */
    void remettreAZeroEchecs(long id);

    /** R-HAB-9: the account a person (by e-mail) already has in an organisation, if any. */
    Optional<Utilisateur> parOrganismeEtEmail(Long organismeId, String email);

    /** R-HAB-1: the counter of a prefix in a Caf, row-locked, created at its first use. */
    CompteurIdentifiant compteurVerrouille(String prefixe, String codeCaf);

    long nombre();

    /** R-CONV-8: every account of a partner organisation, to end their sessions at a suspension. */
    List<Utilisateur> deLOrganisme(Long organismeId);
}

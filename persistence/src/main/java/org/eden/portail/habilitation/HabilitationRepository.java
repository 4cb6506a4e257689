package org.eden.portail.habilitation;

import org.eden.portail.identite.Utilisateur;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where groups, attachments, responsables, habilitations and delegations are kept. */
public interface HabilitationRepository {

    Groupe enregistrer(Groupe groupe);

    Optional<Groupe> groupe(Long id);

    /** The group, row-locked: two managers changing its roles or its name act one after the other. */
    Optional<Groupe> groupeVerrouille(Long id);

    /** The organisation's whole tree, parents before children. */
    List<Groupe> groupesDe(Long organismeId);

    Rattachement enregistrer(Rattachement rattachement);

    Optional<Rattachement> rattachement(Long groupeId, Long utilisateurId);

    void supprimer(Rattachement rattachement);

    List<Rattachement> rattachementsDuGroupe(Long groupeId);

    List<Rattachement> rattachementsDe(Long utilisateurId);

    ResponsableHabilitations enregistrer(ResponsableHabilitations responsable);

    Optional<ResponsableHabilitations> responsable(Long groupeId, Long utilisateurId);

    void supprimer(ResponsableHabilitations responsable);

    /** R-HAB-5: the groups on which the user is responsable. */
    List<ResponsableHabilitations> responsabilitesDe(Long utilisateurId);

    List<ResponsableHabilitations> responsablesDe(Long organismeId);

    Habilitation enregistrer(Habilitation habilitation);

    Optional<Habilitation> habilitation(Long id);

    /** The user's habilitations that are not devalidated (active or suspended). */
    List<Habilitation> habilitationsEnVigueur(Long utilisateurId);

    /** Every habilitation of the user, devalidated ones included, newest first. */
    List<Habilitation> historiqueDe(Long utilisateurId);

    List<Habilitation> habilitationsEnVigueurDeLOrganisme(Long organismeId);

    /** R-CONV-8: every habilitation not devalidated granted under the convention. */
    List<Habilitation> habilitationsEnVigueurDeLaConvention(Long conventionId);

    /**
     * R-HAB-3: locks the quota's bulletin ({@code SELECT … FOR UPDATE}) until the transaction ends,
     * so that the count that follows and the grant it allows are never interleaved with another
     * manager's: the holder of the lock sees every grant committed before it got the lock.
     */
    void verrouillerBulletin(Long conventionId, String codeService);

    /** R-HAB-3: how many persons hold the profile under the convention (active or suspended). */
    long titulaires(Long conventionId, String codeService, String profil);

    /** R-TRACE-3: devalidated habilitations whose devalidation is older than the limit (for the purge). */
    List<Habilitation> devalideesAvant(Instant limite);

    /**
     * R-TRACE-3: deletes the habilitations devalidated before {@code limite}, with the reverse-review
     * decisions that name them (habilitation data too); returns how many habilitations went.
     */
    long supprimerDevalideesAvant(Instant limite);

    Optional<DelegationHabilitations> delegation(Long organismeId);

    DelegationHabilitations enregistrer(DelegationHabilitations delegation);

    SuspensionCompte enregistrer(SuspensionCompte suspension);

    Optional<SuspensionCompte> suspensionEnCours(Long utilisateurId);

    /** R-HAB-11: one page of the organisation's users, filtered and sorted by the database. */
    List<Utilisateur> utilisateurs(FiltreUtilisateurs filtre, int premier, int nombre);

    long compterUtilisateurs(FiltreUtilisateurs filtre);

    /** The attachments of several users at once (one page of the list). */
    List<Rattachement> rattachementsDe(Collection<Long> utilisateurIds);

    /** The habilitations not devalidated of several users at once (one page of the list). */
    List<Habilitation> habilitationsEnVigueur(Collection<Long> utilisateurIds);

    /** Writes pending changes now, so that a constraint refuses inside the caller's method. */
    void ecrire();
}

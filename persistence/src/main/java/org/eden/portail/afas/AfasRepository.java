package org.eden.portail.afas;

import java.util.List;
import java.util.Optional;

/** Équipements, their providers and approver, declarations and the coherence controls (R-AFAS-1..4). */
public interface AfasRepository {

    Equipement enregistrer(Equipement equipement);

    Optional<Equipement> equipement(Long id);

    /**
     * R-HAB-4: the équipement, row-locked ({@code SELECT … FOR UPDATE}) until the transaction ends:
     * the count of its providers that follows and the assignment it allows are never interleaved
     * with another manager's (the quota lock of the habilitations, on the équipement's row).
     */
    Optional<Equipement> equipementVerrouille(Long id);

    List<Equipement> equipementsDe(Long organismeId);

    /** The équipements where the user holds at least one role, by name. */
    List<Equipement> equipementsDeLUtilisateur(Long utilisateurId);

    AffectationEquipement enregistrer(AffectationEquipement affectation);

    void supprimer(AffectationEquipement affectation);

    List<AffectationEquipement> affectations(Long equipementId);

    /** R-HAB-4: the role's holders on the équipement, counted by the database. */
    long titulaires(Long equipementId, RoleAfas role);

    Declaration enregistrer(Declaration declaration);

    Optional<Declaration> declaration(Long id);

    Optional<Declaration> declaration(Long equipementId, int exercice, NatureDeclaration nature);

    /** The équipement's declarations, newest exercice first. */
    List<Declaration> declarationsDe(Long equipementId);

    /** R-AFAS-10: the latest réel of an exercice before {@code exercice}. */
    Optional<Declaration> dernierReelAvant(Long equipementId, int exercice);

    /** R-AFAS-4: every control, by id. */
    List<ControleCoherence> controles();

    Optional<ControleCoherence> controle(String id);

    /** R-AFAS-4: the Caf's own settings of the national controls (none: the national values). */
    List<ReglageControleCaf> reglages(String codeCaf);

    Optional<ReglageControleCaf> reglage(String codeCaf, String controleId);

    ReglageControleCaf enregistrer(ReglageControleCaf reglage);

    /**
     * R-AFAS-4: the controls as the Caf runs them (the national ones with its settings), the one
     * place every evaluation loads them from.
     */
    default List<ControleCoherence> controlesDeLaCaf(String codeCaf) {
        return ControlesCoherence.effectifs(controles(), reglages(codeCaf));
    }

    /** R-AFAS-7: every campaign the Caf set (any exercice). */
    List<CampagneAfas> campagnes(String codeCaf);

    Optional<CampagneAfas> campagne(String codeCaf, int exercice, NatureDeclaration nature);

    CampagneAfas enregistrer(CampagneAfas campagne);

    /** R-AFAS-7: the Caf's calendar, its campaigns over the defaults. */
    default CalendrierCampagne calendrier(String codeCaf) {
        return CalendrierCampagne.de(campagnes(codeCaf));
    }

    /** The équipements of the Caf's partners, by partner and name. */
    List<Equipement> equipementsDeLaCaf(String codeCaf);

    /** The Cafs having at least one équipement (those a reminder pass visits). */
    List<String> cafsAvecEquipements();

    /** The declarations of the Caf's partners matching the filter, newest exercice first. */
    List<Declaration> declarationsDeLaCaf(String codeCaf, FiltreDeclarations filtre);

    /** The declarations of the Caf's partners for one exercice (any kind). */
    default List<Declaration> declarationsDeLaCaf(String codeCaf, int exercice) {
        return declarationsDeLaCaf(codeCaf, new FiltreDeclarations(exercice, null, null, null, null));
    }

    /** R-AFAS-7: whether that reminder was already sent. */
    boolean relanceEnvoyee(Long equipementId, int exercice, NatureDeclaration nature, RelanceAfas.Sorte sorte);

    RelanceAfas enregistrer(RelanceAfas relance);

    /**
     * R-AFAS-6: the part gets a new version at this transaction's write, whatever changed in it
     * (its figures are a collection), so a concurrent save of the same part fails on the version.
     */
    void nouvelleVersion(PartieDeclaration partie);

    /**
     * R-AFAS-5, R-AFAS-6: the declaration's own version is checked again when the transaction writes,
     * so a save racing a transmission (which changes the declaration) fails instead of editing a
     * transmitted declaration.
     */
    void exigerVersionInchangee(Declaration declaration);

    /** Writes pending changes now, so that a constraint or a version refuses inside the caller's method. */
    void ecrire();

    /** R-HAB-13: records one change of the feed. */
    ChangementAfas enregistrer(ChangementAfas changement);

    /** R-HAB-13: a page of the Caf's feed, newest first. */
    List<ChangementAfas> changements(String codeCaf, FiltreChangements filtre, int premier, int nombre);

    /** R-HAB-13: how many changes of the Caf match. */
    long compterChangements(String codeCaf, FiltreChangements filtre);
}

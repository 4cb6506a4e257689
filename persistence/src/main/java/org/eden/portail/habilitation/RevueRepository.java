package org.eden.portail.habilitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the campaigns of reverse review and the partners' reviews (R-HAB-8) and the bulk imports (R-HAB-10) are kept. */
public interface RevueRepository {

    CampagneRevue enregistrer(CampagneRevue campagne);

    Optional<CampagneRevue> campagne(Long cafId, int annee);

    RevuePartenaire enregistrer(RevuePartenaire revue);

    Optional<RevuePartenaire> revue(Long campagneId, Long organismeId);

    /** The partner's review, row-locked: two managers deciding or signing act one after the other. */
    Optional<RevuePartenaire> revueVerrouillee(Long campagneId, Long organismeId);

    List<RevuePartenaire> revuesDe(Long campagneId);

    ImportUtilisateurs enregistrer(ImportUtilisateurs lot);

    LigneImport enregistrer(LigneImport ligne);

    Optional<ImportUtilisateurs> importUtilisateurs(Long id);

    /** The import, row-locked: its counters move one line at a time. */
    Optional<ImportUtilisateurs> importVerrouille(Long id);

    /** The imports "en cours" whose runner's lease has expired at {@code maintenant} (none for an old row: expired). */
    List<Long> importsSansExecutant(Instant maintenant);

    /** Takes the lease of an import without runner, for one node only (a conditional UPDATE): true when taken. */
    boolean prendreLaMain(Long importId, Instant maintenant);

    List<LigneImport> lignesImport(Long importId);

    Optional<LigneImport> ligneImport(Long importId, int numero);

    /** Writes pending changes now, so that a constraint refuses inside the caller's method. */
    void ecrire();
}

package org.eden.portail.habilitation;

import java.util.List;
import java.util.Optional;

/** Where the campaigns of reverse review and the partners' reviews are kept (R-HAB-8). */
public interface RevueRepository {

    CampagneRevue enregistrer(CampagneRevue campagne);

    Optional<CampagneRevue> campagne(Long cafId, int annee);

    RevuePartenaire enregistrer(RevuePartenaire revue);

    Optional<RevuePartenaire> revue(Long campagneId, Long organismeId);

    /** The partner's review, row-locked: two managers deciding or signing act one after the other. */
    Optional<RevuePartenaire> revueVerrouillee(Long campagneId, Long organismeId);

    List<RevuePartenaire> revuesDe(Long campagneId);

    /** Writes pending changes now, so that a constraint refuses inside the caller's method. */
    void ecrire();
}

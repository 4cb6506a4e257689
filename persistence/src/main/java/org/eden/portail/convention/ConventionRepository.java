package org.eden.portail.convention;

import java.util.List;
import java.util.Optional;

/** Where conventions, their numbering and the service catalogue are kept. */
public interface ConventionRepository {

    Convention enregistrer(Convention convention);

    Optional<Convention> convention(Long id);

    /** The convention, row-locked until the transaction ends: two agents never act on the same state. */
    Optional<Convention> conventionVerrouillee(Long id);

    /** R-CONV-2: the partner's active or suspended convention, if any. */
    Optional<Convention> conventionEnVigueur(Long organismeId);

    List<Convention> conventionsDeLaCaf(String codeCaf);

    List<Convention> conventionsDeLOrganisme(Long organismeId);

    /** R-CONV-9: one page of the conventions matching the criteria, sorted by the database. */
    List<Convention> rechercher(CritereConventions critere, int premier, int nombre, TriConventions tri, boolean croissant);

    long compter(CritereConventions critere);

    /** The vérificateurs' queue: the Caf's conventions waiting for the a priori control. */
    List<Convention> aVerifier(String codeCaf);

    /** The numbering counter of a Caf for a year, row-locked, created at its first use. */
    CompteurConvention compteurVerrouille(String codeCaf, int annee);

    Optional<ServiceCatalogue> service(String code);

    List<ServiceCatalogue> catalogue();

    /**
     * Writes pending changes now, so that a constraint of the database (R-CONV-2) refuses inside
     * the caller's method rather than at commit.
     */
    void ecrire();
}

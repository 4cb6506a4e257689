package org.eden.portail.shared;

import java.util.List;
import java.util.Optional;

/** The Cafs and their partner organisations. */
public interface CafRepository {

    Optional<Caf> cafParCode(String code);

    Caf enregistrer(Caf caf);

    OrganismePartenaire enregistrer(OrganismePartenaire organisme);

    Optional<OrganismePartenaire> organismeParSiret(String siret);

    Optional<OrganismePartenaire> organisme(Long id);

    List<OrganismePartenaire> organismesDe(Caf caf);

    /** Every Caf, by code (reference data, a hundred rows). */
    List<Caf> cafs();

    /** One page of the partners matching the criteria, sorted by the database. */
    List<OrganismePartenaire> rechercher(CritereOrganismes critere, int premier, int nombre, CritereOrganismes.Tri tri,
                                         boolean croissant);

    long compter(CritereOrganismes critere);
}

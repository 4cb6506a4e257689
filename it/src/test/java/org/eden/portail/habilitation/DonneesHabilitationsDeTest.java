package org.eden.portail.habilitation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eden.portail.convention.NouvelleConvention;
import org.eden.portail.convention.QuotaDemande;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.ReferentielDeTest;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.ConventionsDeTest;

/**
 * The Cafs, partners and agents of the habilitation tests. Caf 992 is these tests' own; Caf 991
 * is "another Caf". Partners A and B have active conventions (validated through the real
 * ConventionService, so their administrateurs' accounts are real); C has none; the race partner
 * gets its users straight through the repository (no mail).
 */
@Dependent
final class DonneesHabilitationsDeTest {

    static final String CAF = "992";
    static final String AUTRE_CAF = "991";
    static final String ADMINISTRATEUR_CAF = "XCA992001";
    static final String VERIFICATEUR_CAF = "XCV992001";
    static final String AGENT_AUTRE_CAF = "XCA991001";

    static final String SIRET_A = "99200000000016";
    static final String SIRET_B = "99200000000024";
    static final String SIRET_SANS_CONVENTION = "99200000000032";
    static final String SIRET_COURSE = "99200000000040";

    private final ReferentielDeTest referentiel;

    @Inject
    DonneesHabilitationsDeTest(ReferentielDeTest referentiel) {
        this.referentiel = referentiel;
    }

    /** In a transaction of the caller's. */
    void preparer() {
        Caf caf = referentiel.caf(CAF, "Caf d'essai des habilitations");
        Caf autre = referentiel.caf(AUTRE_CAF, "Autre Caf d'essai des habilitations");
        referentiel.commune(caf, "Commune A", SIRET_A);
        referentiel.commune(caf, "CCAS B", SIRET_B);
        referentiel.commune(caf, "Commune sans convention", SIRET_SANS_CONVENTION);
        referentiel.commune(caf, "CIAS de la course", SIRET_COURSE);
        referentiel.agent(caf, ADMINISTRATEUR_CAF, RoleCaf.ADMINISTRATEUR_CAF);
        referentiel.agent(caf, VERIFICATEUR_CAF, RoleCaf.VERIFICATEUR_CAF);
        referentiel.agent(autre, AGENT_AUTRE_CAF, RoleCaf.ADMINISTRATEUR_CAF);
    }

    /**
     * A delegated convention, recorded and validated: CDAP T2 for 3, AFAS (activité 5 — capped
     * at 2 by R-HAB-4 —, approbateur 1), Tableau de bord AGENT_CAF for 5; T2 for {@code quotaT2}.
     */
    static NouvelleConvention convention(Long organismeId, String lettre, int quotaT2) {
        return ConventionsDeTest.deleguee(organismeId, lettre, "Alice", "Sam", "partenaire992.test",
                new QuotaDemande(ServiceCatalogue.CDAP, "T2", quotaT2, quotaT2),
                new QuotaDemande(ServiceCatalogue.AFAS, "FOURNISSEUR_ACTIVITE", 5, 5),
                new QuotaDemande(ServiceCatalogue.AFAS, "APPROBATEUR", 1, 1),
                new QuotaDemande(ServiceCatalogue.TABLEAU_DE_BORD, "AGENT_CAF", 5, 5));
    }

    /** A partner account created without mail (the race's users). */
    Utilisateur utilisateur(OrganismePartenaire organisme, String identifiant) {
        return referentiel.partenaire(organisme, identifiant, "Course", "Camille", "course992.test");
    }

    OrganismePartenaire organisme(String siret) {
        return referentiel.organisme(siret);
    }
}

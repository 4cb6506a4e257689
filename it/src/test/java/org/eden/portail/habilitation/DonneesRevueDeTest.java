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
 * The Cafs, partners and agents of the reverse review and bulk import tests. Caf 981 is these
 * tests' own; Caf 980 is "another Caf". Partners R and S get delegated conventions validated
 * through the real ConventionService; I is the import's partner.
 */
@Dependent
final class DonneesRevueDeTest {

    static final String CAF = "981";
    static final String AUTRE_CAF = "980";
    static final String ADMINISTRATEUR_CAF = "XCA981001";
    static final String VERIFICATEUR_CAF = "XCV981001";
    static final String SUPERVISEUR_CAF = "XCS981001";
    static final String AGENT_AUTRE_CAF = "XCA980001";

    static final String SIRET_R = "98100000000019";
    static final String SIRET_S = "98100000000027";
    static final String SIRET_I = "98100000000035";

    private final ReferentielDeTest referentiel;

    @Inject
    DonneesRevueDeTest(ReferentielDeTest referentiel) {
        this.referentiel = referentiel;
    }

    /** In a transaction of the caller's. */
    void preparer() {
        Caf caf = referentiel.caf(CAF, "Caf d'essai de la revue");
        Caf autre = referentiel.caf(AUTRE_CAF, "Autre Caf d'essai de la revue");
        referentiel.commune(caf, "Commune R", SIRET_R);
        referentiel.commune(caf, "CCAS S", SIRET_S);
        referentiel.commune(caf, "Commune I", SIRET_I);
        referentiel.agent(caf, ADMINISTRATEUR_CAF, RoleCaf.ADMINISTRATEUR_CAF);
        referentiel.agent(caf, VERIFICATEUR_CAF, RoleCaf.VERIFICATEUR_CAF);
        referentiel.agent(caf, SUPERVISEUR_CAF, RoleCaf.SUPERVISEUR_CAF);
        referentiel.agent(autre, AGENT_AUTRE_CAF, RoleCaf.ADMINISTRATEUR_CAF, RoleCaf.SUPERVISEUR_CAF);
    }

    /** A delegated convention: CDAP T2 for {@code quotaT2}, Tableau de bord AGENT_CAF for 5. */
    static NouvelleConvention convention(Long organismeId, String lettre, int quotaT2) {
        return ConventionsDeTest.deleguee(organismeId, lettre, "Alix", "Sacha", "partenaire981.test",
                new QuotaDemande(ServiceCatalogue.CDAP, "T2", quotaT2, quotaT2),
                new QuotaDemande(ServiceCatalogue.TABLEAU_DE_BORD, "AGENT_CAF", 5, 5));
    }

    /** A partner account created without mail. */
    Utilisateur utilisateur(OrganismePartenaire organisme, String identifiant, String prenom) {
        return referentiel.partenaire(organisme, identifiant, "Revue", prenom, "revue981.test");
    }

    OrganismePartenaire organisme(String siret) {
        return referentiel.organisme(siret);
    }
}

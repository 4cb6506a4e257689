package org.eden.portail.convention;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.ReferentielDeTest;
import org.eden.portail.shared.OrganismePartenaire;

import java.util.List;

/**
 * The Cafs, partners and agents of the convention tests, written straight through the
 * repositories inside the server (they run on H2 and PostgreSQL, without demo data). Caf 997 is
 * these tests' own; Caf 996 is "another Caf". Each call is idempotent.
 */
@Dependent
final class DonneesConventionsDeTest {

    static final String CAF = "997";
    static final String AUTRE_CAF = "996";
    static final String ADMINISTRATEUR = "ADM997001";
    static final String VERIFICATEUR = "VER997001";
    /** Holds both roles: may record and verify, never his own convention. */
    static final String ADMIN_VERIFICATEUR = "DEU997001";
    static final String SUPERVISEUR = "SPV997001";
    static final String AGENT_AUTRE_CAF = "ADM996001";

    static final String SIRET_VALIDATION = "99700000000015";
    static final String SIRET_QUATRE_YEUX = "99700000000023";
    static final String SIRET_CONCURRENCE = "99700000000031";
    static final String SIRET_AUTRE_CAF = "99600000000017";

    static final String EMAIL_ADMINISTRATEUR = "valide.administrateur@partenaire997.test";
    static final String EMAIL_SUPPLEANT = "suppleant.adjointe@partenaire997.test";

    private final ReferentielDeTest referentiel;

    @Inject
    DonneesConventionsDeTest(ReferentielDeTest referentiel) {
        this.referentiel = referentiel;
    }

    void preparer() {
        Caf caf = referentiel.caf(CAF, "Caf d'essai des conventions");
        Caf autre = referentiel.caf(AUTRE_CAF, "Autre Caf d'essai");
        referentiel.commune(caf, "Commune de la validation", SIRET_VALIDATION);
        referentiel.commune(caf, "Commune des quatre yeux", SIRET_QUATRE_YEUX);
        referentiel.commune(caf, "CCAS de la concurrence", SIRET_CONCURRENCE);
        referentiel.commune(autre, "Commune de l'autre Caf", SIRET_AUTRE_CAF);
        referentiel.agent(caf, ADMINISTRATEUR, RoleCaf.ADMINISTRATEUR_CAF);
        referentiel.agent(caf, VERIFICATEUR, RoleCaf.VERIFICATEUR_CAF);
        referentiel.agent(caf, ADMIN_VERIFICATEUR, RoleCaf.ADMINISTRATEUR_CAF, RoleCaf.VERIFICATEUR_CAF);
        referentiel.agent(caf, SUPERVISEUR, RoleCaf.SUPERVISEUR_CAF);
        referentiel.agent(autre, AGENT_AUTRE_CAF, RoleCaf.ADMINISTRATEUR_CAF, RoleCaf.VERIFICATEUR_CAF);
    }

    OrganismePartenaire organisme(String siret) {
        return referentiel.organisme(siret);
    }

    Caf caf(String code) {
        return referentiel.caf(code);
    }

    /** A convention as an administrateur Caf records it: delegated mode, CDAP T2 for 20 users. */
    static NouvelleConvention nouvelle(Long organismeId, Contact suppleant) {
        return new NouvelleConvention(organismeId, ModeGestion.DELEGUE, java.time.LocalDate.of(2026, 1, 1),
                new Contact("Valide", "Victor", EMAIL_ADMINISTRATEUR, "01 02 03 04 05"),
                suppleant,
                new Contact("Securite", "Sarah", "rssi@partenaire997.test", "01 02 03 04 06"),
                null,
                List.of(new QuotaDemande(ServiceCatalogue.CDAP, "T2", 25, 20)));
    }
}

package org.eden.portail.convention;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.ReferentielDeTest;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The Cafs, agents and partners of the convention screens' tests (the authorisation matrix and the
 * browser test), written straight through the repositories inside the server: Caf 994 is theirs,
 * Caf 993 is "another Caf". Every agent has accepted the usage rules and holds a personal
 * password, so that a browser lands on the home page. Each call is idempotent.
 */
@Dependent
final class DonneesEcransDeTest {

    static final String CAF = "994";
    static final String AUTRE_CAF = "993";
    static final String MOT_DE_PASSE = ReferentielDeTest.MOT_DE_PASSE;

    static final String ADMINISTRATEUR = "ADM994001";
    static final String VERIFICATEUR = "VER994001";
    static final String SUPERVISEUR = "SPV994001";
    static final String AGENT_CNAF = "CNA000994";
    static final String PARTENAIRE = "PAR994001";
    static final String ADMINISTRATEUR_AUTRE_CAF = "ADM993001";

    /** The partner of the partner user (and of the forged ids). */
    static final String SIRET_PARTENAIRE = "99400000000012";
    static final String SIRET_AUTRE_CAF = "99300000000014";

    private final CafRepository cafs;
    private final UtilisateurRepository utilisateurs;
    private final ReferentielDeTest referentiel;

    @Inject
    DonneesEcransDeTest(CafRepository cafs, UtilisateurRepository utilisateurs, ReferentielDeTest referentiel) {
        this.cafs = cafs;
        this.utilisateurs = utilisateurs;
        this.referentiel = referentiel;
    }

    void preparer() {
        Caf caf = referentiel.caf(CAF, "Caf d'essai des écrans de conventions");
        Caf autre = referentiel.caf(AUTRE_CAF, "Autre Caf d'essai des écrans");
        OrganismePartenaire partenaire = organisme(caf, "Commune des écrans", SIRET_PARTENAIRE);
        organisme(autre, "Commune de l'autre Caf des écrans", SIRET_AUTRE_CAF);
        agent(caf, ADMINISTRATEUR, "Adèle", EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF));
        agent(caf, VERIFICATEUR, "Victor", EnumSet.of(RoleCaf.VERIFICATEUR_CAF));
        agent(caf, SUPERVISEUR, "Sophie", EnumSet.of(RoleCaf.SUPERVISEUR_CAF));
        agent(autre, ADMINISTRATEUR_AUTRE_CAF, "Octave", EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF, RoleCaf.VERIFICATEUR_CAF));
        referentiel.agentCnaf(AGENT_CNAF, "Agent", "Nadine", "cna000994@cnaf.test").ifPresent(this::actif);
        if (utilisateurs.parIdentifiant(PARTENAIRE).isEmpty()) {
            actif(utilisateurs.enregistrer(Utilisateur.partenaire(partenaire, PARTENAIRE, "Partenaire", "Paul",
                    "par994001@commune994.test", HachageMotDePasse.hacher(MOT_DE_PASSE), HorlogeDuServeur.maintenant())));
        }
    }

    OrganismePartenaire organisme(String siret) {
        return referentiel.organisme(siret);
    }

    Caf caf(String code) {
        return referentiel.caf(code);
    }

    /** A new partner of Caf 994 with a valid, unused SIRET: {@code prefixe} (4 digits) keeps each test's apart. */
    OrganismePartenaire nouveauPartenaire(String prefixe, int rang) {
        String siret = ReferentielDeTest.siret(prefixe + String.format("%09d", rang));
        return cafs.organismeParSiret(siret).orElseGet(() -> cafs.enregistrer(new OrganismePartenaire(caf(CAF),
                "Partenaire d'essai " + prefixe + "-" + rang, TypeOrganisme.ASSOCIATION, siret,
                new Adresse("2, rue de l'Essai", "99400", "Essai"))));
    }

    /** A convention as an administrateur Caf records it: delegated mode, CDAP T2 for 20 users. */
    static NouvelleConvention nouvelle(Long organismeId, String email) {
        return new NouvelleConvention(organismeId, ModeGestion.DELEGUE, LocalDate.of(2026, 1, 1),
                new Contact("Essai", "Alice", email, "01 02 03 04 05"), null, null, null,
                List.of(new QuotaDemande(ServiceCatalogue.CDAP, "T2", 25, 20)));
    }

    private OrganismePartenaire organisme(Caf caf, String nom, String siret) {
        return referentiel.organisme(caf, nom, siret, TypeOrganisme.COMMUNE, "1, place de l'Essai", "99400");
    }

    private void agent(Caf caf, String identifiant, String prenom, EnumSet<RoleCaf> roles) {
        referentiel.agent(caf, identifiant, "Essai", prenom, roles).ifPresent(this::actif);
    }

    /** Usage rules accepted, password personal: the account goes straight to the home page. */
    private void actif(Utilisateur u) {
        referentiel.premiereConnexionFaite(u, MOT_DE_PASSE);
    }
}

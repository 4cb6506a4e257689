package org.eden.portail.shared;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.ReglesUsageRepository;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;

import java.util.EnumSet;
import java.util.Optional;

/**
 * The reference data the tests' fixtures write straight through the repositories, inside the
 * server (no demo data, H2 or PostgreSQL): a Caf, a partner, an agent, a partner account. Each
 * call is idempotent, so that a fixture can run before every test. Called in a transaction of
 * the caller's. A bean: a test or a fixture injects it rather than the repositories it writes
 * through ({@link Deploiement} adds it to every test EAR).
 */
@Dependent
public final class ReferentielDeTest {

    /** The password of every account the fixtures create. */
    public static final String MOT_DE_PASSE = "Clair#Matin2026";

    private final CafRepository cafs;
    private final UtilisateurRepository utilisateurs;
    private final ReglesUsageRepository regles;

    @Inject
    ReferentielDeTest(CafRepository cafs, UtilisateurRepository utilisateurs, ReglesUsageRepository regles) {
        this.cafs = cafs;
        this.utilisateurs = utilisateurs;
        this.regles = regles;
    }

    public Caf caf(String code, String nom) {
        return caf(code, nom, null);
    }

    public Caf caf(String code, String nom, Adresse adresse) {
        return cafs.cafParCode(code).orElseGet(() -> cafs.enregistrer(new Caf(code, nom, adresse)));
    }

    public Caf caf(String code) {
        return cafs.cafParCode(code).orElseThrow();
    }

    /** A partner of {@code caf}, at an address of the Caf's test town. */
    public OrganismePartenaire organisme(Caf caf, String nom, String siret, TypeOrganisme type, String ligneAdresse,
                                         String codePostal) {
        return organisme(caf, nom, siret, type, new Adresse(ligneAdresse, codePostal, "Essai"));
    }

    /** A partner of {@code caf} at an address of a real town (where the test shows it). */
    public OrganismePartenaire organisme(Caf caf, String nom, String siret, TypeOrganisme type, Adresse adresse) {
        return cafs.organismeParSiret(siret).orElseGet(() -> cafs.enregistrer(new OrganismePartenaire(caf, nom, type, siret, adresse)));
    }

    public OrganismePartenaire organisme(String siret) {
        return cafs.organismeParSiret(siret).orElseThrow();
    }

    public Long organismeId(String siret) {
        return organisme(siret).getId();
    }

    /** An agent of {@code caf} with these roles, mailed at identifiant@caf<code>.test; the account if created now. */
    public Optional<Utilisateur> agent(Caf caf, String identifiant, String nom, String prenom, EnumSet<RoleCaf> roles) {
        if (utilisateurs.parIdentifiant(identifiant).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(utilisateurs.enregistrer(Utilisateur.agentCaf(caf, identifiant, nom, prenom,
                identifiant.toLowerCase() + "@caf" + caf.getCode() + ".test",
                HachageMotDePasse.hacher(MOT_DE_PASSE), HorlogeDuServeur.maintenant(), roles)));
    }

    /** A partner account created without mail, mailed at identifiant@domaine. */
    public Utilisateur partenaire(OrganismePartenaire organisme, String identifiant, String nom, String prenom,
                                 String domaine) {
        return utilisateurs.parIdentifiant(identifiant).orElseGet(() -> utilisateurs.enregistrer(Utilisateur.partenaire(
                organisme, identifiant, nom, prenom, identifiant.toLowerCase() + "@" + domaine,
                HachageMotDePasse.hacher(MOT_DE_PASSE), HorlogeDuServeur.maintenant())));
    }

    /** {@code u} recorded with the usage rules accepted, unless its identifier is taken already (then nothing). */
    public void compteActif(Utilisateur u) {
        if (utilisateurs.parIdentifiant(u.getIdentifiant()).isEmpty()) {
            accepterRegles(utilisateurs.enregistrer(u));
        }
    }

    /** The usage rules in force, accepted now by {@code u}: his next login skips them. */
    public Utilisateur accepterRegles(Utilisateur u) {
        regles.enregistrer(u.accepterReglesUsage(regles.enVigueur().orElseThrow(), HorlogeDuServeur.maintenant()));
        return u;
    }

    /** The version of the usage rules in force (what an account must have accepted to reach the home page). */
    public String versionDesRegles() {
        return regles.enVigueur().orElseThrow().getVersion();
    }
}

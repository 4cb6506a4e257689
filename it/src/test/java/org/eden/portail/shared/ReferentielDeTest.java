package org.eden.portail.shared;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eden.portail.convention.ContratDeService;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.ReglesUsageRepository;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.StatutCompte;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    private final ConventionRepository conventions;

    @Inject
    ReferentielDeTest(CafRepository cafs, UtilisateurRepository utilisateurs, ReglesUsageRepository regles,
                      ConventionRepository conventions) {
        this.cafs = cafs;
        this.utilisateurs = utilisateurs;
        this.regles = regles;
        this.conventions = conventions;
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

    /**
     * A commune of {@code caf} at 1, place de l'Essai, in the Caf's test town (postal code: the Caf's
     * code and 00): the partner a fixture needs when only its convention matters.
     */
    public OrganismePartenaire commune(Caf caf, String nom, String siret) {
        return organisme(caf, nom, siret, TypeOrganisme.COMMUNE, "1, place de l'Essai", caf.getCode() + "00");
    }

    public OrganismePartenaire organisme(String siret) {
        return cafs.organismeParSiret(siret).orElseThrow();
    }

    /** 13 digits and the Luhn key that makes them a valid SIRET: a partner of a test that no other test uses. */
    public static String siret(String treizeChiffres) {
        for (int cle = 0; cle < 10; cle++) {
            if (Siret.estValide(treizeChiffres + cle)) {
                return treizeChiffres + cle;
            }
        }
        throw new IllegalStateException(treizeChiffres);
    }

    public Long organismeId(String siret) {
        return organisme(siret).getId();
    }

    /** The convention in force of the partner with this SIRET. */
    public Convention conventionEnVigueur(String siret) {
        return conventions.conventionEnVigueur(organismeId(siret)).orElseThrow();
    }

    /** The account of the administrateur that the partner's convention in force names. */
    public String administrateur(String siret) {
        return conventionEnVigueur(siret).getContrat().getAdministrateur().getIdentifiantCompte();
    }

    /** The account of the suppléant that the partner's convention in force names. */
    public String suppleant(String siret) {
        return conventionEnVigueur(siret).getContrat().getSuppleant().getIdentifiantCompte();
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

    /** A Cnaf agent, mailed at {@code email}; the account if created now. */
    public Optional<Utilisateur> agentCnaf(String identifiant, String nom, String prenom, String email) {
        if (utilisateurs.parIdentifiant(identifiant).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(utilisateurs.enregistrer(Utilisateur.agentCnaf(identifiant, nom, prenom, email,
                HachageMotDePasse.hacher(MOT_DE_PASSE), HorlogeDuServeur.maintenant())));
    }

    /** A Cnaf agent as {@link #agentCnaf} who has accepted the usage rules. */
    public void agentCnafActif(String identifiant, String nom, String prenom, String email) {
        agentCnaf(identifiant, nom, prenom, email).ifPresent(this::accepterRegles);
    }

    /** The account with this identifier; an AssertionError that names it when there is none. */
    public Utilisateur utilisateur(String identifiant) {
        return utilisateurs.parIdentifiant(identifiant).orElseThrow(() -> new AssertionError(identifiant + " absent"));
    }

    /**
     * The account with this identifier, checked active and with the usage rules in force accepted (his
     * login goes straight to the home page), as {@link #agentActif} leaves it: for a test's « Préalable ».
     */
    public Utilisateur verifierActif(String identifiant) {
        Utilisateur u = utilisateur(identifiant);
        assertEquals(StatutCompte.ACTIF, u.getStatut(), identifiant);
        assertTrue(u.aAccepte(versionDesRegles()), identifiant + " goes straight to the home page");
        return u;
    }

    /** An agent « Agent Essai » of {@code caf}, as {@link #agent(Caf, String, String, String, EnumSet)}. */
    public Optional<Utilisateur> agent(Caf caf, String identifiant, RoleCaf role, RoleCaf... autres) {
        return agent(caf, identifiant, "Agent", "Essai", EnumSet.of(role, autres));
    }

    /** An agent as {@link #agent(Caf, String, String, String, EnumSet)} who has accepted the usage rules: his login goes straight to the home page. */
    public void agentActif(Caf caf, String identifiant, String nom, String prenom, RoleCaf role) {
        agent(caf, identifiant, nom, prenom, EnumSet.of(role)).ifPresent(this::accepterRegles);
    }

    /**
     * A convention as the Caf's agents take it to the active state, from 1 January 2026: recorded by
     * {@code agentCaf}, its quotas set by {@code quotas}, submitted, validated and activated by
     * {@code verificateur}, the partner's accounts attached. Straight through the entity (no mail).
     */
    public Convention conventionActive(Caf caf, OrganismePartenaire organisme, ContratDeService contrat, Consumer<Convention> quotas,
                                       String agentCaf, String verificateur, String administrateur, String suppleant) {
        Instant maintenant = HorlogeDuServeur.maintenant();
        Convention convention = Convention.enregistrer(caf, organisme, conventions.compteurVerrouille(caf.getCode(), 2026).attribuer(),
                contrat, LocalDate.of(2026, 1, 1), agentCaf, maintenant);
        quotas.accept(convention);
        convention.soumettre(agentCaf, maintenant);
        convention.valider(verificateur, maintenant);
        convention.rattacherComptes(administrateur, suppleant);
        convention.activer(verificateur, maintenant);
        return conventions.enregistrer(convention);
    }

    /** A service of the catalogue, by its code ({@link ServiceCatalogue#CDAP}…): for a convention's quotas. */
    public ServiceCatalogue service(String code) {
        return conventions.service(code).orElseThrow();
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

    /**
     * {@code u} as the portal leaves an account after its first login: {@code motDePasse} his own,
     * changed now (the provisional one kept in the history, R-PWD-4), the usage rules accepted.
     */
    public Utilisateur premiereConnexionFaite(Utilisateur u, String motDePasse) {
        u.changerMotDePasse(HachageMotDePasse.hacher(motDePasse), HorlogeDuServeur.maintenant(), 3);
        return accepterRegles(u);
    }

    /**
     * {@code u} as after his first login, recorded as {@link #compteActif} does: the password he was
     * created with made his own (no longer provisional), the usage rules accepted.
     */
    public void compteActifPersonnel(Utilisateur u) {
        u.changerMotDePasse(u.getMotDePasseHash(), HorlogeDuServeur.maintenant(), 0);
        compteActif(u);
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

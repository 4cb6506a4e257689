package org.eden.portail.convention;

import org.eden.portail.shared.HorlogeDuServeur;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.BoiteCourrielDeTest;
import org.eden.portail.shared.CafResume;
import org.eden.portail.shared.CritereOrganismes;
import org.eden.portail.shared.FicheOrganisme;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.ReferentielDeTest;
import org.eden.portail.shared.TypeOrganisme;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.eden.portail.convention.DonneesEcransDeTest.ADMINISTRATEUR;
import static org.eden.portail.convention.DonneesEcransDeTest.CAF;
import static org.eden.portail.convention.DonneesEcransDeTest.PARTENAIRE;
import static org.eden.portail.convention.DonneesEcransDeTest.SIRET_PARTENAIRE;
import static org.eden.portail.convention.DonneesEcransDeTest.SUPERVISEUR;
import static org.eden.portail.convention.DonneesEcransDeTest.VERIFICATEUR;
import static org.eden.portail.shared.EnTantQue.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorisation matrix of the back office (specification §2, R-CONV-1, R-TRACE-1): every operation
 * of {@link ConventionService} and {@link OrganismeService} is really called as every role — the
 * administrateur, vérificateur and superviseur of Caf 994, a Cnaf agent, a partner's user, and the
 * administrateur of Caf 993 forging the ids of Caf 994's partner and conventions. Each cell is
 * either carried out (the call succeeds, on a convention prepared in the state it needs) or refused
 * with an {@link AuthorizationException}, and each refusal is found in the traces.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConventionsAutorisationsIT {

    /** The six rows of the matrix. */
    enum Role {
        ADMINISTRATEUR_CAF(ADMINISTRATEUR), VERIFICATEUR_CAF(VERIFICATEUR), SUPERVISEUR_CAF(SUPERVISEUR),
        AGENT_CNAF(DonneesEcransDeTest.AGENT_CNAF), UTILISATEUR_PARTENAIRE(PARTENAIRE),
        ADMINISTRATEUR_AUTRE_CAF(DonneesEcransDeTest.ADMINISTRATEUR_AUTRE_CAF);

        final String identifiant;

        Role(String identifiant) {
            this.identifiant = identifiant;
        }
    }

    private static final Set<Role> CAF_994 = EnumSet.of(Role.ADMINISTRATEUR_CAF, Role.VERIFICATEUR_CAF, Role.SUPERVISEUR_CAF);
    /** The Caf's staff; never the Cnaf, which reads no partner data (§2). */
    private static final Set<Role> LECTEURS_PARTENAIRES = EnumSet.of(Role.ADMINISTRATEUR_CAF, Role.VERIFICATEUR_CAF,
            Role.SUPERVISEUR_CAF);

    @Inject
    ConventionService conventionsService;

    @Inject
    OrganismeService organismesService;

    @Inject
    ConventionRepository conventions;

    @Inject
    DonneesEcransDeTest donnees;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource base;

    /** Ranks of the partners made here: from the clock, so that a database kept from a previous run never collides. */
    private static int partenaires = (int) (Instant.now().getEpochSecond() % 1_000_000) * 100;

    /** What a cell needs: a convention of Caf 994 in a given state, on a partner of its own (R-CONV-2). */
    private Long convention(StatutConvention etat) throws Exception {
        transaction.begin();
        try {
            OrganismePartenaire organisme = donnees.nouveauPartenaire("9942", ++partenaires);
            Convention c = Convention.enregistrer(donnees.caf(CAF), organisme,
                    conventions.compteurVerrouille(CAF, 2091).attribuer(),
                    new ContratDeService(ModeGestion.DELEGUE, new Contact("Matrice", "Marc", "matrice" + partenaires + "@p994.test", null),
                            null, null, null),
                    LocalDate.of(2026, 1, 1), ADMINISTRATEUR, HorlogeDuServeur.maintenant());
            c.fixerQuota(conventions.service(ServiceCatalogue.CDAP).orElseThrow(), "T2", 20, 20);
            if (etat != StatutConvention.BROUILLON) {
                c.soumettre(ADMINISTRATEUR, HorlogeDuServeur.maintenant());
            }
            if (etat == StatutConvention.VALIDEE || etat.occupeLePartenaire()) {
                c.valider(VERIFICATEUR, HorlogeDuServeur.maintenant());
                c.rattacherComptes("MAT" + CAF + partenaires, null);
            }
            if (etat.occupeLePartenaire()) {
                c.activer(VERIFICATEUR, HorlogeDuServeur.maintenant());
            }
            if (etat == StatutConvention.SUSPENDUE) {
                c.suspendre(ADMINISTRATEUR, "Préparation de la matrice", HorlogeDuServeur.maintenant());
            }
            Long id = conventions.enregistrer(c).getId();
            transaction.commit();
            return id;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    /** One operation: its trace code, the roles allowed, and the call (made on a fresh convention). */
    private record Operation(String nom, String action, Set<Role> autorises, Preparation preparation, Appel appel) {
    }

    @FunctionalInterface
    private interface Preparation {
        Long preparer() throws Exception;
    }

    @FunctionalInterface
    private interface Appel {
        Object appeler(Long id) throws Exception;
    }

    /** Calls every operation as every role; the report lists each cell, and every cell that went wrong. */
    private void matrice(List<Operation> operations) throws Exception {
        List<String> erreurs = new ArrayList<>();
        StringBuilder tableau = new StringBuilder();
        for (Operation operation : operations) {
            tableau.append(String.format("%-28s", operation.nom()));
            for (Role role : Role.values()) {
                Long id = operation.preparation().preparer();
                boolean attendu = operation.autorises().contains(role);
                long refusAvant = refusTraces(role, operation.action());
                String issue;
                try {
                    en(role.identifiant, () -> operation.appel().appeler(id));
                    issue = "permis";
                } catch (AuthorizationException refus) {
                    issue = "refusé";
                } catch (Exception autre) {
                    issue = "erreur " + autre.getClass().getSimpleName() + " : " + autre.getMessage();
                }
                tableau.append(String.format(" %-8s", issue.startsWith("erreur") ? "ERREUR" : issue));
                if (!issue.equals(attendu ? "permis" : "refusé")) {
                    erreurs.add(operation.nom() + " par " + role + " : attendu " + (attendu ? "permis" : "refusé") + ", obtenu " + issue);
                } else if (!attendu && refusTraces(role, operation.action()) != refusAvant + 1) {
                    erreurs.add(operation.nom() + " par " + role + " : refus non tracé (R-TRACE-1)");
                }
            }
            tableau.append('\n');
        }
        System.out.println("Matrice des autorisations (" + java.util.Arrays.toString(Role.values()) + ")\n" + tableau);
        if (!erreurs.isEmpty()) {
            fail(String.join("\n", erreurs) + "\n" + tableau);
        }
    }

    private long refusTraces(Role role, String action) throws SQLException {
        try (Connection connexion = base.getConnection();
             PreparedStatement sql = connexion.prepareStatement(
                     "SELECT COUNT(*) FROM trace WHERE identifiant = ? AND action = ? AND resultat = 'REFUS'")) {
            sql.setString(1, role.identifiant);
            sql.setString(2, action);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** In the test JVM (JUnit 5 Arquillian runs @BeforeAll on the client only): the relay the server sends to. */
    @BeforeAll
    static void ouvrirLaBoite() {
        BoiteCourrielDeTest.demarrer();
    }

    @Test
    @Order(2)
    @DisplayName("R-CONV-3, §2 : chaque opération de ConventionService, appelée par chaque rôle, est exécutée ou refusée (et le refus tracé), ids forgés compris")
    void matriceDesConventions() throws Exception {
        transaction.begin();
        donnees.preparer();
        transaction.commit();
        Long partenaire = donnees.organisme(SIRET_PARTENAIRE).getId();
        Set<Role> administrateur = EnumSet.of(Role.ADMINISTRATEUR_CAF);
        Set<Role> verificateur = EnumSet.of(Role.VERIFICATEUR_CAF);
        int[] courriel = {0};
        CritereConventions cafForgee = new CritereConventions(List.of(), CAF, null, null, null, null);
        matrice(List.of(
                new Operation("enregistrer", "ENREGISTREMENT_CONVENTION", administrateur, () -> partenaire,
                        id -> conventionsService.enregistrer(CAF, DonneesEcransDeTest.nouvelle(id, "m" + ++courriel[0] + "@p994.test"))),
                new Operation("fixerQuota", "QUOTA_CONVENTION", administrateur, () -> convention(StatutConvention.BROUILLON),
                        id -> conventionsService.fixerQuota(id, new QuotaDemande(ServiceCatalogue.CDAP, "T4", 2, 2))),
                new Operation("soumettre", "SOUMISSION_CONVENTION", administrateur, () -> convention(StatutConvention.BROUILLON),
                        conventionsService::soumettre),
                new Operation("valider", "VALIDATION_CONVENTION", verificateur, () -> convention(StatutConvention.A_VERIFIER),
                        conventionsService::valider),
                new Operation("rejeter", "REJET_CONVENTION", verificateur, () -> convention(StatutConvention.A_VERIFIER),
                        id -> conventionsService.rejeter(id, "Quota à justifier")),
                new Operation("activer", "ACTIVATION_CONVENTION", administrateur, () -> convention(StatutConvention.VALIDEE),
                        conventionsService::activer),
                new Operation("suspendre", "SUSPENSION_CONVENTION", administrateur, () -> convention(StatutConvention.ACTIVE),
                        id -> conventionsService.suspendre(id, "Manquement")),
                new Operation("reactiver", "REACTIVATION_CONVENTION", administrateur, () -> convention(StatutConvention.SUSPENDUE),
                        id -> conventionsService.reactiver(id, "Corrigé")),
                new Operation("cloturer", "CLOTURE_CONVENTION", administrateur, () -> convention(StatutConvention.ACTIVE),
                        id -> conventionsService.cloturer(id, "Fin du partenariat")),
                new Operation("cloturerEtRecreer", "CLOTURE_ET_RECREATION_CONVENTION", administrateur,
                        () -> convention(StatutConvention.ACTIVE),
                        id -> conventionsService.cloturerEtRecreer(id, ModeGestion.CENTRALISE, "Changement de mode")),
                new Operation("modifierQuota", "MODIFICATION_QUOTA", administrateur, () -> convention(StatutConvention.ACTIVE),
                        id -> conventionsService.modifierQuota(id, ServiceCatalogue.CDAP, "T2", 30)),
                new Operation("consulter", "CONSULTATION_CONVENTION", CAF_994, () -> convention(StatutConvention.ACTIVE),
                        conventionsService::consulter),
                new Operation("fiche", "CONSULTATION_CONVENTION", CAF_994, () -> convention(StatutConvention.ACTIVE),
                        conventionsService::fiche),
                new Operation("conventionsDe", "CONSULTATION_CONVENTIONS", CAF_994, () -> null,
                        id -> conventionsService.conventionsDe(CAF, null)),
                new Operation("rechercher (Caf 994)", "CONSULTATION_CONVENTIONS", CAF_994, () -> null,
                        id -> conventionsService.rechercher(cafForgee, 0, 20, TriConventions.NUMERO, false)),
                new Operation("compter (Caf 994)", "COMPTAGE_CONVENTIONS", CAF_994, () -> null,
                        id -> conventionsService.compter(cafForgee)),
                new Operation("aVerifier", "CONSULTATION_CONVENTIONS_A_VERIFIER", verificateur, () -> null,
                        id -> conventionsService.aVerifier(CAF)),
                new Operation("catalogue", "CONSULTATION_CATALOGUE", administrateur, () -> null,
                        id -> conventionsService.catalogue(CAF))));
    }

    @Test
    @Order(3)
    @DisplayName("R-CONV-1, §2 : chaque opération d'OrganismeService, appelée par chaque rôle, est exécutée ou refusée (et le refus tracé), ids forgés compris")
    void matriceDesPartenaires() throws Exception {
        Long partenaire = donnees.organisme(SIRET_PARTENAIRE).getId();
        int[] rang = {partenaires};
        matrice(List.of(
                new Operation("organismesDe (Caf 994)", "CONSULTATION_ORGANISMES", LECTEURS_PARTENAIRES, () -> null,
                        id -> organismesService.organismesDe(CAF, null)),
                new Operation("organisme (id forgé)", "CONSULTATION_ORGANISME", LECTEURS_PARTENAIRES, () -> partenaire,
                        organismesService::organisme),
                new Operation("rechercher", "CONSULTATION_ORGANISMES", EnumSet.complementOf(EnumSet.of(Role.UTILISATEUR_PARTENAIRE, Role.AGENT_CNAF)),
                        () -> null, id -> organismesService.rechercher(new CritereOrganismes(List.of(), null, null), 0, 20,
                                CritereOrganismes.Tri.NOM, true)),
                new Operation("compter", "COMPTAGE_ORGANISMES", EnumSet.complementOf(EnumSet.of(Role.UTILISATEUR_PARTENAIRE, Role.AGENT_CNAF)),
                        () -> null, id -> organismesService.compter(new CritereOrganismes(List.of(), null, null))),
                new Operation("enregistrer (Caf 994)", "ENREGISTREMENT_ORGANISME", EnumSet.of(Role.ADMINISTRATEUR_CAF), () -> null,
                        id -> organismesService.enregistrer(CAF, fiche("Nouvelle association " + ++rang[0],
                                ReferentielDeTest.siret("9943" + String.format("%09d", rang[0]))))),
                new Operation("modifier (id forgé)", "MODIFICATION_ORGANISME", EnumSet.of(Role.ADMINISTRATEUR_CAF),
                        () -> partenaire, id -> organismesService.modifier(id, fiche("Commune des écrans", SIRET_PARTENAIRE)))));
    }

    private static FicheOrganisme fiche(String nom, String siret) {
        FicheOrganisme fiche = new FicheOrganisme();
        fiche.setNom(nom);
        fiche.setType(TypeOrganisme.ASSOCIATION);
        fiche.setSiret(siret);
        fiche.setCommune("Essai");
        return fiche;
    }

    @Test
    @Order(4)
    @DisplayName("R-CONV-1 : les listes sont bornées à la Caf de l'agent — l'autre Caf ne voit ni les partenaires ni les conventions de la 994")
    void listesBornees() throws Exception {
        assertEquals(List.of(CAF), en(Role.SUPERVISEUR_CAF.identifiant, conventionsService::cafsConsultables));
        assertEquals(List.of(DonneesEcransDeTest.AUTRE_CAF), en(Role.ADMINISTRATEUR_AUTRE_CAF.identifiant, conventionsService::cafsConsultables));
        assertEquals(List.of(), en(Role.AGENT_CNAF.identifiant, conventionsService::cafsConsultables));
        assertEquals(List.of(), en(Role.UTILISATEUR_PARTENAIRE.identifiant, conventionsService::cafsConsultables));
        assertEquals(List.of(CAF), en(Role.ADMINISTRATEUR_CAF.identifiant, organismesService::cafsOuEnregistrer).stream().map(CafResume::code).toList());
        assertEquals(List.of(), en(Role.VERIFICATEUR_CAF.identifiant, organismesService::cafsOuEnregistrer));

        List<FicheOrganisme> vusParLAutre = en(Role.ADMINISTRATEUR_AUTRE_CAF.identifiant, () -> organismesService.rechercher(
                new CritereOrganismes(List.of(CAF), null, null), 0, 100, CritereOrganismes.Tri.NOM, true));
        assertTrue(vusParLAutre.stream().allMatch(o -> o.getCodeCaf().equals(DonneesEcransDeTest.AUTRE_CAF)), "the other Caf's own only");
        assertTrue(vusParLAutre.stream().anyMatch(o -> o.getSiret().equals(DonneesEcransDeTest.SIRET_AUTRE_CAF)));
        List<ConventionLigne> conventionsDeLAutre = en(Role.ADMINISTRATEUR_AUTRE_CAF.identifiant, () -> conventionsService.rechercher(
                new CritereConventions(List.of(CAF), null, null, null, null, null), 0, 100, TriConventions.NUMERO, false));
        assertTrue(conventionsDeLAutre.stream().noneMatch(c -> c.codeCaf().equals(CAF)), "no convention of Caf 994");

        List<ConventionLigne> parLAdministrateur = en(Role.ADMINISTRATEUR_CAF.identifiant, () -> conventionsService.rechercher(
                new CritereConventions(List.of(), null, StatutConvention.SUSPENDUE, ServiceCatalogue.CDAP, TypeOrganisme.ASSOCIATION,
                        "Partenaire d'essai"), 0, 100, TriConventions.ORGANISME, true));
        assertTrue(!parLAdministrateur.isEmpty() && parLAdministrateur.stream().allMatch(c -> c.statut() == StatutConvention.SUSPENDUE
                && c.services().contains("CDAP")), "R-CONV-9: the filters are applied by the database");
        assertEquals(parLAdministrateur.size(), en(Role.ADMINISTRATEUR_CAF.identifiant, () -> conventionsService.compter(
                new CritereConventions(List.of(), null, StatutConvention.SUSPENDUE, ServiceCatalogue.CDAP, TypeOrganisme.ASSOCIATION,
                        "Partenaire d'essai"))));
    }

    /** In the test JVM, after the last test. */
    @AfterAll
    static void fermerLaBoite() {
        BoiteCourrielDeTest.arreter();
    }
}

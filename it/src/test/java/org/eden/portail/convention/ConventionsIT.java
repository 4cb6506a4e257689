package org.eden.portail.convention;

import org.eden.portail.shared.HorlogeDuServeur;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.identite.RegistreSessions;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.BoiteCourrielDeTest;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.eden.portail.convention.DonneesConventionsDeTest.ADMINISTRATEUR;
import static org.eden.portail.convention.DonneesConventionsDeTest.ADMIN_VERIFICATEUR;
import static org.eden.portail.convention.DonneesConventionsDeTest.AGENT_AUTRE_CAF;
import static org.eden.portail.convention.DonneesConventionsDeTest.AUTRE_CAF;
import static org.eden.portail.convention.DonneesConventionsDeTest.CAF;
import static org.eden.portail.convention.DonneesConventionsDeTest.EMAIL_ADMINISTRATEUR;
import static org.eden.portail.convention.DonneesConventionsDeTest.EMAIL_SUPPLEANT;
import static org.eden.portail.convention.DonneesConventionsDeTest.SIRET_CONCURRENCE;
import static org.eden.portail.convention.DonneesConventionsDeTest.SIRET_QUATRE_YEUX;
import static org.eden.portail.convention.DonneesConventionsDeTest.SIRET_VALIDATION;
import static org.eden.portail.convention.DonneesConventionsDeTest.SUPERVISEUR;
import static org.eden.portail.convention.DonneesConventionsDeTest.VERIFICATEUR;
import static org.eden.portail.shared.EnTantQue.en;
import static org.eden.portail.shared.EnTantQue.enCourse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conventions on the real server (H2 and PostgreSQL): the vérificateur's validation that creates
 * the two accounts and sends their four mails, four eyes, the Caf boundary, R-CONV-2 under
 * concurrent activations, and the suspension that ends the partner's sessions. The in-container
 * methods act as Caf agents through a Shiro subject built on the portal's realm.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConventionsIT {

    @Inject
    ConventionService service;

    @Inject
    ConventionRepository conventions;

    @Inject
    DonneesConventionsDeTest donnees;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    RegistreSessions registre;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executeur;

    private ConventionVue conventionDe(String siret) throws Exception {
        Long organismeId = donnees.organisme(siret).getId();
        return en(ADMINISTRATEUR, () -> service.conventionsDe(CAF, null)).stream()
                .filter(c -> c.organismeId().equals(organismeId))
                .findFirst().orElseThrow();
    }

    /** In the test JVM (JUnit 5 Arquillian runs @BeforeAll on the client only): the relay the server sends to. */
    @BeforeAll
    static void ouvrirLaBoite() {
        BoiteCourrielDeTest.demarrer();
    }

    @Test
    @Order(2)
    @DisplayName("R-CONV-3, R-CONV-4 : enregistrée, soumise, validée par un vérificateur : les comptes de l'administrateur et du suppléant sont créés, puis la convention est active")
    void validation() throws Exception {
        transaction.begin();
        donnees.preparer();
        transaction.commit();
        Long organismeId = donnees.organisme(SIRET_VALIDATION).getId();

        ConventionVue enregistree = en(ADMINISTRATEUR, () -> service.enregistrer(CAF, DonneesConventionsDeTest.nouvelle(
                organismeId, new Contact("Suppleant", "Sonia", EMAIL_SUPPLEANT, null))));
        assertEquals(StatutConvention.BROUILLON, enregistree.statut());
        assertTrue(enregistree.numero().matches("\\d{4}-\\d{3}"), enregistree.numero());
        en(ADMINISTRATEUR, () -> service.soumettre(enregistree.id()));
        assertTrue(utilisateurs.deLOrganisme(organismeId).isEmpty(), "R-CONV-4: no account before validation");

        ConventionVue validee = en(VERIFICATEUR, () -> service.valider(enregistree.id()));

        assertEquals(StatutConvention.ACTIVE, validee.statut());
        String administrateur = validee.administrateur().getIdentifiantCompte();
        String suppleant = validee.suppleant().getIdentifiantCompte();
        assertTrue(administrateur.startsWith("VAL" + CAF), administrateur);
        assertTrue(suppleant.startsWith("SUP" + CAF), suppleant);
        List<String> comptes = utilisateurs.deLOrganisme(organismeId).stream().map(Utilisateur::getIdentifiant).toList();
        assertEquals(List.of(administrateur, suppleant).stream().sorted().toList(), comptes);
        assertEquals(List.of(StatutConvention.BROUILLON, StatutConvention.A_VERIFIER, StatutConvention.VALIDEE,
                StatutConvention.ACTIVE), validee.historique().stream().map(ConventionVue.Etape::apres).toList());
        assertEquals(List.of(ADMINISTRATEUR, ADMINISTRATEUR, VERIFICATEUR, VERIFICATEUR),
                validee.historique().stream().map(ConventionVue.Etape::acteur).toList());
        assertEquals(validee.statut(), en(SUPERVISEUR, () -> service.consulter(enregistree.id())).statut(),
                "the superviseur reads it");
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("R-CONV-4, R-HAB-9 : la validation envoie quatre courriels, identifiant et mot de passe séparés, à l'administrateur et au suppléant")
    void quatreCourriels() throws Exception {
        try {
            // Their own four: mails of the class before may reach this box first (its outbox outlives it).
            List<String> destinataires = List.of(EMAIL_ADMINISTRATEUR, EMAIL_SUPPLEANT);
            assertTrue(BoiteCourrielDeTest.attendre(m -> destinataires.contains(BoiteCourrielDeTest.destinataire(m)), 4,
                    Duration.ofSeconds(60)), "the four mails arrive");
            Map<String, List<String>> objetsParDestinataire = Arrays.stream(BoiteCourrielDeTest.recus())
                    .collect(Collectors.groupingBy(BoiteCourrielDeTest::destinataire,
                            Collectors.mapping(BoiteCourrielDeTest::objet, Collectors.toList())));
            List<String> attendus = List.of("Votre identifiant Mon Compte Partenaire",
                    "Votre mot de passe provisoire Mon Compte Partenaire");
            for (String destinataire : destinataires) {
                List<String> objets = objetsParDestinataire.getOrDefault(destinataire, List.of());
                assertEquals(attendus, objets.stream().sorted().toList(), destinataire + " " + objetsParDestinataire);
            }
        } finally {
            BoiteCourrielDeTest.arreter();
        }
    }

    @Test
    @Order(4)
    @DisplayName("R-CONV-3 : quatre yeux — l'agent qui a enregistré la convention ne peut pas la valider ; un rejet exige un motif")
    void quatreYeuxEtRejet() throws Exception {
        Long organismeId = donnees.organisme(SIRET_QUATRE_YEUX).getId();
        ConventionVue vue = en(ADMIN_VERIFICATEUR, () -> service.enregistrer(CAF,
                DonneesConventionsDeTest.nouvelle(organismeId, null)));
        en(ADMIN_VERIFICATEUR, () -> service.soumettre(vue.id()));

        RegleMetierException refus = assertThrows(RegleMetierException.class,
                () -> en(ADMIN_VERIFICATEUR, () -> service.valider(vue.id())));
        assertEquals("R-CONV-3", refus.getRegle());
        assertTrue(refus.getMessage().contains("quatre yeux"), refus.getMessage());
        assertEquals(StatutConvention.A_VERIFIER, en(VERIFICATEUR, () -> service.consulter(vue.id())).statut());
        assertTrue(utilisateurs.deLOrganisme(organismeId).isEmpty(), "refused: no account, no mail");

        RegleMetierException sansMotif = assertThrows(RegleMetierException.class,
                () -> en(VERIFICATEUR, () -> service.rejeter(vue.id(), "  ")));
        assertEquals("R-CONV-3", sansMotif.getRegle());
        ConventionVue rejetee = en(VERIFICATEUR, () -> service.rejeter(vue.id(), "Quota T2 à justifier"));
        assertEquals(StatutConvention.BROUILLON, rejetee.statut());
        ConventionVue.Etape derniere = rejetee.historique().get(rejetee.historique().size() - 1);
        assertEquals("Quota T2 à justifier", derniere.motif());
        assertEquals(VERIFICATEUR, derniere.acteur());
    }

    @Test
    @Order(5)
    @DisplayName("R-CONV-1 : un agent d'une autre Caf n'agit jamais sur la convention d'un partenaire de cette Caf, même en forgeant les ids")
    void autreCaf() throws Exception {
        ConventionVue active = conventionDe(SIRET_VALIDATION);
        Long id = active.id();
        List<Callable<?>> actions = List.of(
                () -> service.consulter(id),
                () -> service.valider(id),
                () -> service.rejeter(id, "motif"),
                () -> service.suspendre(id, "motif"),
                () -> service.cloturer(id, "motif"),
                () -> service.modifierQuota(id, ServiceCatalogue.CDAP, "T2", 50),
                () -> service.cloturerEtRecreer(id, ModeGestion.CENTRALISE, "motif"),
                () -> service.conventionsDe(CAF, null),
                () -> service.enregistrer(CAF, DonneesConventionsDeTest.nouvelle(active.organismeId(), null)));
        for (Callable<?> action : actions) {
            assertThrows(AuthorizationException.class, () -> en(AGENT_AUTRE_CAF, action));
        }
        // His own Caf's permission, a partner of the other Caf: refused by the convention itself.
        RegleMetierException forge = assertThrows(RegleMetierException.class, () -> en(AGENT_AUTRE_CAF,
                () -> service.enregistrer(AUTRE_CAF, DonneesConventionsDeTest.nouvelle(active.organismeId(), null))));
        assertEquals("R-CONV-1", forge.getRegle());
        // The superviseur reads, never changes.
        assertThrows(AuthorizationException.class, () -> en(SUPERVISEUR, () -> service.suspendre(id, "motif")));
        assertThrows(AuthorizationException.class, () -> en(VERIFICATEUR, () -> service.suspendre(id, "motif")));
        assertEquals(StatutConvention.ACTIVE, en(ADMINISTRATEUR, () -> service.consulter(id)).statut());
    }

    @Test
    @Order(6)
    @DisplayName("R-CONV-2 : dix activations simultanées de conventions du même partenaire, une seule réussit")
    void uneSeuleActiveSousConcurrence() throws Exception {
        List<Convention> validees = new ArrayList<>();
        transaction.begin();
        Caf caf = donnees.caf(CAF);
        OrganismePartenaire organisme = donnees.organisme(SIRET_CONCURRENCE);
        ServiceCatalogue cdap = conventions.service(ServiceCatalogue.CDAP).orElseThrow();
        for (int i = 0; i < 10; i++) {
            Convention c = Convention.enregistrer(caf, organisme, conventions.compteurVerrouille(CAF, 2090).attribuer(),
                    new ContratDeService(ModeGestion.DELEGUE, new Contact("Course", "Camille", "course" + i + "@ccas997.test", null),
                            null, null, null),
                    LocalDate.of(2026, 1, 1), ADMINISTRATEUR, HorlogeDuServeur.maintenant());
            c.fixerQuota(cdap, "T2", 1, 1);
            c.soumettre(ADMINISTRATEUR, HorlogeDuServeur.maintenant());
            c.valider(VERIFICATEUR, HorlogeDuServeur.maintenant());
            c.rattacherComptes("COU" + CAF + (100 + i), null);
            validees.add(conventions.enregistrer(c));
        }
        transaction.commit();

        List<Runnable> activations = validees.stream().map(Convention::getId).<Runnable>map(id -> () -> service.activer(id)).toList();
        List<String> resultats = enCourse(ADMINISTRATEUR, executeur, "active", activations, Duration.ofMinutes(2));

        assertEquals(1, resultats.stream().filter("active"::equals).count(), resultats.toString());
        assertEquals(9, resultats.stream().filter("R-CONV-2"::equals).count(), resultats.toString());
        assertEquals(1, conventions.conventionsDeLOrganisme(organisme.getId()).stream()
                .filter(c -> c.getStatut() == StatutConvention.ACTIVE).count());
        assertNotNull(conventions.conventionEnVigueur(organisme.getId()).orElse(null));
    }

    @Test
    @Order(7)
    @DisplayName("R-CONV-8 : la suspension ferme à l'instant les sessions des utilisateurs du partenaire ; puis réactivation, quota relevé, clôturer et recréer : l'ancienne close à la validation de la nouvelle (R-CONV-6, R-CONV-7)")
    void suspensionEtSuite() throws Exception {
        ConventionVue active = conventionDe(SIRET_VALIDATION);
        List<String> comptes = utilisateurs.deLOrganisme(active.organismeId()).stream().map(Utilisateur::getIdentifiant).toList();
        assertEquals(2, comptes.size());
        for (String compte : comptes) {
            registre.ouvrir(compte, "session-" + compte);
        }
        registre.ouvrir(VERIFICATEUR, "session-agent");

        ConventionVue suspendue = en(ADMINISTRATEUR, () -> service.suspendre(active.id(), "Manquement constaté"));

        assertEquals(StatutConvention.SUSPENDUE, suspendue.statut());
        for (String compte : comptes) {
            assertEquals(RegistreSessions.Etat.FERMEE, registre.etat(compte, "session-" + compte), compte);
        }
        assertEquals(RegistreSessions.Etat.EN_VIGUEUR, registre.etat(VERIFICATEUR, "session-agent"), "others keep theirs");
        assertEquals("Manquement constaté", suspendue.historique().get(suspendue.historique().size() - 1).motif());

        assertEquals(StatutConvention.ACTIVE, en(ADMINISTRATEUR, () -> service.reactiver(active.id(), "Corrigé")).statut());
        ConventionVue relevee = en(ADMINISTRATEUR, () -> service.modifierQuota(active.id(), ServiceCatalogue.CDAP, "T2", 30));
        assertEquals(30, relevee.quotas().get(0).accorde());

        ConventionVue successeur = en(ADMINISTRATEUR, () -> service.cloturerEtRecreer(active.id(), ModeGestion.CENTRALISE,
                "Le partenaire confie la gestion de ses habilitations à la Caf"));
        assertEquals(StatutConvention.BROUILLON, successeur.statut());
        assertEquals(ModeGestion.CENTRALISE, successeur.mode());
        assertEquals(active.numero(), successeur.numeroPrecedente());
        assertNotEquals(active.numero(), successeur.numero());
        assertEquals(30, successeur.quotas().get(0).accorde(), "quotas carried over");
        assertEquals(StatutConvention.ACTIVE, en(SUPERVISEUR, () -> service.consulter(active.id())).statut(),
                "in force until its successor is validated");
        en(ADMINISTRATEUR, () -> service.soumettre(successeur.id()));
        assertEquals(StatutConvention.ACTIVE, en(VERIFICATEUR, () -> service.valider(successeur.id())).statut(),
                "the validation opens the successor at once");
        ConventionVue ancienne = en(SUPERVISEUR, () -> service.consulter(active.id()));
        assertEquals(StatutConvention.CLOTUREE, ancienne.statut());
        assertNotNull(ancienne.dateCloture());
        assertEquals(ModeGestion.DELEGUE, ancienne.mode(), "the closed one stays readable as it was");
    }

    @Test
    @Order(8)
    @DisplayName("R-HAB-9 : une adresse de contact mal formée est refusée dès l'enregistrement, la règle nommée ; rien n'est enregistré")
    void adresseMalFormeeRefuseeALEnregistrement() throws Exception {
        Long organismeId = donnees.organisme(SIRET_QUATRE_YEUX).getId();
        int avant = conventions.conventionsDeLOrganisme(organismeId).size();
        NouvelleConvention valide = DonneesConventionsDeTest.nouvelle(organismeId, null);
        NouvelleConvention malFormee = new NouvelleConvention(organismeId, valide.mode(), valide.dateDebut(),
                valide.administrateur(), new Contact("Adjointe", "Alice", "alice.adjointe@partenaire997", "01 02 03 04 07"),
                valide.responsableSecurite(), null, valide.quotas());

        RegleMetierException refus = assertThrows(RegleMetierException.class,
                () -> en(ADMINISTRATEUR, () -> service.enregistrer(CAF, malFormee)));

        assertEquals("R-HAB-9", refus.getRegle());
        assertTrue(refus.getMessage().startsWith("Suppléant : "), refus.getMessage());
        assertTrue(refus.getMessage().contains("« alice.adjointe@partenaire997 »"), refus.getMessage());
        assertEquals(avant, conventions.conventionsDeLOrganisme(organismeId).size(), "nothing recorded");
    }
}

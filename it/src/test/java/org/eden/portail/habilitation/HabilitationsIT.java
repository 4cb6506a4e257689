package org.eden.portail.habilitation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.cdap.ProfilsCdap;
import org.eden.portail.convention.ConventionService;
import org.eden.portail.convention.ConventionVue;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.convention.StatutConvention;
import org.eden.portail.convention.UsageQuotas;
import org.eden.portail.identite.CompteCree;
import org.eden.portail.identite.RegistreSessions;
import org.eden.portail.identite.StatutCompte;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.BoiteCourrielDeTest;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.ReferentielDeTest;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.Horloge;
import org.eden.portail.trace.PurgeDonnees;
import org.eden.portail.trace.RetentionTraces;
import org.eden.portail.shared.ConventionsDeTest;
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
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import static org.eden.portail.habilitation.DonneesHabilitationsDeTest.ADMINISTRATEUR_CAF;
import static org.eden.portail.habilitation.DonneesHabilitationsDeTest.AGENT_AUTRE_CAF;
import static org.eden.portail.habilitation.DonneesHabilitationsDeTest.CAF;
import static org.eden.portail.habilitation.DonneesHabilitationsDeTest.SIRET_A;
import static org.eden.portail.habilitation.DonneesHabilitationsDeTest.SIRET_B;
import static org.eden.portail.habilitation.DonneesHabilitationsDeTest.SIRET_COURSE;
import static org.eden.portail.habilitation.DonneesHabilitationsDeTest.SIRET_SANS_CONVENTION;
import static org.eden.portail.habilitation.DonneesHabilitationsDeTest.VERIFICATEUR_CAF;
import static org.eden.portail.shared.BoiteCourrielDeTest.destinataire;
import static org.eden.portail.shared.EnTantQue.en;
import static org.eden.portail.shared.EnTantQue.enCourse;
import static org.eden.portail.shared.EnTantQue.refuse;
import static org.eden.portail.shared.EnTantQue.sujet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Habilitations on the real server (H2 and PostgreSQL): the order of creation, quotas (with the
 * race for the last place), AFAS limits, delegation scopes and the boundary between
 * organisations, suspensions that end sessions, R-HAB-12, the credentials mails, the Caf's powers
 * and R-CONV-8. The in-container methods act through Shiro subjects built on the portal's realm,
 * so the permissions are those a real login derives.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HabilitationsIT {

    private static final String EMAIL_AGENT = "assistante.sociale@commune-a992.test";

    @Inject
    GroupeService groupes;

    @Inject
    UtilisateursPartenaireService utilisateursPartenaire;

    @Inject
    PouvoirsCafService pouvoirsCaf;

    @Inject
    ConventionService conventionService;

    @Inject
    HabilitationRepository depot;

    @Inject
    DonneesHabilitationsDeTest donnees;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    RegistreSessions registre;

    @Inject
    ProfilsCdap profilsCdap;

    @Inject
    UsageQuotas usageQuotas;

    @Inject
    UserTransaction transaction;

    @Inject
    RetentionTraces retention;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executeur;

    private static boolean permis(String identifiant, String permission) {
        return sujet(identifiant).isPermitted(permission);
    }

    private OrganismePartenaire organisme(String siret) {
        return donnees.organisme(siret);
    }

    private Long groupe(String siret, String nom) {
        return depot.groupesDe(organisme(siret).getId()).stream().filter(g -> g.getNom().equals(nom)).findFirst()
                .orElseThrow().getId();
    }

    private String identifiantParEmail(String siret, String email) {
        return utilisateurs.parOrganismeEtEmail(organisme(siret).getId(), email).orElseThrow().getIdentifiant();
    }

    /** A group at the root of the organisation, created by {@code admin}, that gives one role. */
    private GroupeVue groupeAvecRole(String admin, Long organismeId, String nom, String service, String profil) {
        GroupeVue groupe = en(admin, () -> groupes.creerGroupe(organismeId, nom));
        en(admin, () -> groupes.attribuerRole(groupe.id(), service, profil));
        return groupe;
    }

    /** Accounts {@code admin} creates, one a first name, all named {@code nom}: their identifiers. */
    private List<String> nouveaux(String admin, Long organismeId, String nom, String domaine, String... prenoms) {
        List<String> identifiants = new ArrayList<>();
        for (String prenom : prenoms) {
            identifiants.add(en(admin, () -> utilisateursPartenaire.creerUtilisateur(organismeId, nom, prenom,
                    prenom.toLowerCase() + "." + nom.toLowerCase() + "@" + domaine)).identifiant());
        }
        return identifiants;
    }

    private ConventionVue conventionActive(Long organismeId, String lettre, int quotaT2) throws Exception {
        return ConventionsDeTest.validee(conventionService, CAF, ADMINISTRATEUR_CAF, VERIFICATEUR_CAF,
                DonneesHabilitationsDeTest.convention(organismeId, lettre, quotaT2));
    }

    /** In the test JVM (JUnit 5 Arquillian runs @BeforeAll on the client only): the relay the server sends to. */
    @BeforeAll
    static void ouvrirLaBoite() {
        BoiteCourrielDeTest.demarrer();
    }

    @Test
    @Order(2)
    @DisplayName("R-HAB-2, R-HAB-1 : l'ordre de création est imposé (convention active → groupes → rôles du bulletin → utilisateurs → rattachement), un seul compte par personne et par organisme")
    void ordreDeCreation() throws Exception {
        transaction.begin();
        donnees.preparer();
        transaction.commit();
        Long a = organisme(SIRET_A).getId();
        assertEquals(StatutConvention.ACTIVE, conventionActive(a, "A", 3).statut());
        assertEquals(StatutConvention.ACTIVE, conventionActive(organisme(SIRET_B).getId(), "B", 3).statut());
        String admin = referentiel.administrateur(SIRET_A);

        // No convention in force: nothing can be organised, and the message says why.
        Long sansConvention = organisme(SIRET_SANS_CONVENTION).getId();
        assertThrows(AuthorizationException.class, () -> en(admin, () -> groupes.creerGroupe(sansConvention, "Social")),
                "another organisation's administrateur has no right there");

        // Users before groups and roles: refused, saying what is missing.
        RegleMetierException avantGroupes = assertThrows(RegleMetierException.class,
                () -> en(admin, () -> utilisateursPartenaire.creerUtilisateur(a, "Martin", "Léa", EMAIL_AGENT)));
        assertEquals("R-HAB-2", avantGroupes.getRegle());
        assertTrue(avantGroupes.getMessage().contains("Créez d'abord un groupe"), avantGroupes.getMessage());

        GroupeVue social = en(admin, () -> groupes.creerGroupe(a, "Action sociale"));
        GroupeVue accueil = en(admin, () -> groupes.creerSousGroupe(social.id(), "Accueil"));
        assertEquals("Action sociale › Accueil", accueil.chemin());
        refuse("R-HAB-2", admin, () -> groupes.creerSousGroupe(social.id(), "accueil"));

        // Only roles of the bulletins: T1 is not granted, the message lists what is.
        RegleMetierException horsBulletin = assertThrows(RegleMetierException.class,
                () -> en(admin, () -> groupes.attribuerRole(accueil.id(), ServiceCatalogue.CDAP, "T1")));
        assertEquals("R-HAB-2", horsBulletin.getRegle());
        assertTrue(horsBulletin.getMessage().contains("T2"), horsBulletin.getMessage());
        refuse("R-HAB-2", admin, () -> utilisateursPartenaire.creerUtilisateur(a, "Martin", "Léa", EMAIL_AGENT));

        assertEquals(List.of("CDAP T2"), en(admin, () -> groupes.attribuerRole(accueil.id(), ServiceCatalogue.CDAP, "T2")).roles());
        RegleMetierException sansEmail = assertThrows(RegleMetierException.class,
                () -> en(admin, () -> utilisateursPartenaire.creerUtilisateur(a, "Martin", "Léa", "  ")));
        assertEquals("R-HAB-9", sansEmail.getRegle());
        CompteCree cree = en(admin, () -> utilisateursPartenaire.creerUtilisateur(a, "Martin", "Léa", EMAIL_AGENT));
        assertTrue(cree.nouveau());

        // R-HAB-1: the same person (any case) gets no second account in this organisation.
        RegleMetierException doublon = assertThrows(RegleMetierException.class, () -> en(admin,
                () -> utilisateursPartenaire.creerUtilisateur(a, "Martin", "Léa", EMAIL_AGENT.toUpperCase())));
        assertEquals("R-HAB-1", doublon.getRegle());
        assertTrue(doublon.getMessage().contains(cree.identifiant()), doublon.getMessage());

        UtilisateurVue rattache = en(admin, () -> utilisateursPartenaire.rattacher(accueil.id(), cree.identifiant()));
        assertEquals(List.of("Action sociale › Accueil"), rattache.getGroupes());
        assertEquals(1, rattache.getHabilitations().size());
        HabilitationVue t2 = rattache.getHabilitations().get(0);
        assertEquals("T2", t2.profil());
        assertEquals(StatutHabilitation.ACTIVE, t2.statut());
        assertNotNull(t2.valideDepuis());
        assertEquals(List.of("T2"), profilsCdap.profilsDe(cree.identifiant()), "ProfilsCdap answers from the habilitations");
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("R-HAB-9 : l'utilisateur créé reçoit deux courriels séparés, l'identifiant puis le mot de passe provisoire")
    void deuxCourriels() {
        try {
            assertTrue(BoiteCourrielDeTest.attendre(m -> EMAIL_AGENT.equals(destinataire(m)), 2, Duration.ofSeconds(60)),
                    "the user's two mails arrive");
            List<String> objets = Arrays.stream(BoiteCourrielDeTest.recus())
                    .filter(m -> EMAIL_AGENT.equals(destinataire(m)))
                    .map(BoiteCourrielDeTest::objet).sorted().toList();
            assertEquals(List.of("Votre identifiant Mon Compte Partenaire", "Votre mot de passe provisoire Mon Compte Partenaire"), objets,
                    "two mails, one each, and no second pair for the refused duplicate");
        } catch (RuntimeException | AssertionError e) {
            BoiteCourrielDeTest.arreter();
            throw e;
        }
    }

    @Test
    @Order(4)
    @DisplayName("R-HAB-12 : l'administrateur partenaire et son suppléant n'ont aucun rôle de service par défaut, jamais de profil CDAP ; un utilisateur sans groupe n'a aucun service")
    void administrateurSansCdap() throws Exception {
        Long a = organisme(SIRET_A).getId();
        String admin = referentiel.administrateur(SIRET_A);
        String suppleant = referentiel.suppleant(SIRET_A);
        for (String gestionnaire : List.of(admin, suppleant)) {
            assertTrue(permis(gestionnaire, "habilitation:gerer:" + a), gestionnaire);
            assertFalse(permis(gestionnaire, "cdap:consulter"), gestionnaire);
            assertFalse(permis(gestionnaire, "afas:approbateur"), gestionnaire);
            assertTrue(profilsCdap.profilsDe(gestionnaire).isEmpty());
        }
        Long accueil = groupe(SIRET_A, "Accueil");
        refuse("R-HAB-12", admin, () -> utilisateursPartenaire.rattacher(accueil, admin));
        refuse("R-HAB-12", admin, () -> utilisateursPartenaire.rattacher(accueil, suppleant));
        assertTrue(en(admin, () -> utilisateursPartenaire.utilisateur(admin)).getGroupes().isEmpty(), "the refusal left nothing half-done");

        // AFAS and Tableau de bord roles are his if he joins a group.
        GroupeVue afas = groupeAvecRole(admin, a, "AFAS-Habiliter", ServiceCatalogue.AFAS, "APPROBATEUR");
        en(admin, () -> utilisateursPartenaire.rattacher(afas.id(), admin));
        assertTrue(permis(admin, "afas:approbateur"));
        // …but a CDAP role given later to a group he is in is refused as well.
        refuse("R-HAB-12", admin, () -> groupes.attribuerRole(afas.id(), ServiceCatalogue.CDAP, "T2"));
        assertEquals(List.of("AFAS APPROBATEUR"), en(admin, () -> groupes.arbre(a)).stream()
                .filter(g -> g.nom().equals("AFAS-Habiliter")).findFirst().orElseThrow().roles());

        // A user in no group: he may log in (his account), and no service opens.
        CompteCree seul = en(admin, () -> utilisateursPartenaire.creerUtilisateur(a, "Seul", "Sacha", "sacha.seul@commune-a992.test"));
        assertTrue(permis(seul.identifiant(), "compte:consulter"));
        for (String service : List.of("cdap:consulter", "afas:approbateur", "tdb:agent_caf", "habilitation:gerer:" + a)) {
            assertFalse(permis(seul.identifiant(), service), service);
        }
        String agent = identifiantParEmail(SIRET_A, EMAIL_AGENT);
        assertTrue(permis(agent, "cdap:consulter"));
        assertTrue(permis(agent, "cdap:profil:t2"));
    }

    @Test
    @Order(5)
    @DisplayName("R-HAB-3 : une personne compte une fois par profil quel que soit le nombre de ses groupes ; la place de trop est refusée en nommant le quota ; R-CONV-7 voit l'usage")
    void quotas() throws Exception {
        Long a = organisme(SIRET_A).getId();
        String admin = referentiel.administrateur(SIRET_A);
        Long accueil = groupe(SIRET_A, "Accueil");
        GroupeVue guichet = en(admin, () -> groupes.creerSousGroupe(accueil, "Guichet"));
        en(admin, () -> groupes.attribuerRole(guichet.id(), ServiceCatalogue.CDAP, "T2"));
        String agent = identifiantParEmail(SIRET_A, EMAIL_AGENT);
        UtilisateurVue deuxGroupes = en(admin, () -> utilisateursPartenaire.rattacher(guichet.id(), agent));
        assertEquals(2, deuxGroupes.getGroupes().size());
        assertEquals(1, deuxGroupes.getHabilitations().size(), "one T2 habilitation whatever the number of groups");
        Long conventionA = referentiel.conventionEnVigueur(SIRET_A).getId();
        assertEquals(1, usageQuotas.usage(conventionA, ServiceCatalogue.CDAP, "T2"));

        List<String> autres = nouveaux(admin, a, "Quota", "commune-a992.test", "Paul", "Rose", "Yann");
        en(admin, () -> utilisateursPartenaire.rattacher(accueil, autres.get(0)));
        en(admin, () -> utilisateursPartenaire.rattacher(accueil, autres.get(1)));
        RegleMetierException plein = assertThrows(RegleMetierException.class,
                () -> en(admin, () -> utilisateursPartenaire.rattacher(accueil, autres.get(2))));
        assertEquals("R-HAB-3", plein.getRegle());
        assertTrue(plein.getMessage().contains("CDAP T2") && plein.getMessage().contains("3 utilisateur(s) sur 3"), plein.getMessage());
        assertTrue(en(admin, () -> utilisateursPartenaire.utilisateur(autres.get(2))).getGroupes().isEmpty(),
                "refused: not attached either");
        QuotaVue jauge = en(admin, () -> groupes.quotas(a)).stream().filter(q -> q.profil().equals("T2")).findFirst().orElseThrow();
        assertEquals(3, jauge.maximum());
        assertEquals(3, jauge.titulaires());

        // R-CONV-7: the Caf cannot lower the quota below the use the habilitations count.
        RegleMetierException baisse = assertThrows(RegleMetierException.class, () -> en(ADMINISTRATEUR_CAF,
                () -> conventionService.modifierQuota(conventionA, ServiceCatalogue.CDAP, "T2", 2)));
        assertEquals("R-CONV-7", baisse.getRegle());

        // Detaching frees the place: the habilitation is devalidated (kept, dated), not deleted.
        UtilisateurVue detache = en(admin, () -> utilisateursPartenaire.detacher(accueil, autres.get(1)));
        assertTrue(detache.getHabilitations().isEmpty());
        Utilisateur parti = utilisateurs.parIdentifiant(autres.get(1)).orElseThrow();
        Habilitation devalidee = depot.historiqueDe(parti.getId()).get(0);
        assertEquals(StatutHabilitation.DEVALIDEE, devalidee.getStatut());
        assertNotNull(devalidee.getDevalideeLe(), "R-TRACE-3: dated for the six-year purge");
        en(admin, () -> utilisateursPartenaire.rattacher(accueil, autres.get(2)));
        assertEquals(3, usageQuotas.usage(conventionA, ServiceCatalogue.CDAP, "T2"));
    }

    @Test
    @Order(6)
    @DisplayName("R-HAB-4 : AFAS — fournisseur de données d'activité limité à 2 personnes même si le bulletin en accorde 5, un seul approbateur")
    void limitesAfas() throws Exception {
        Long b = organisme(SIRET_B).getId();
        String admin = referentiel.administrateur(SIRET_B);
        GroupeVue declarer = groupeAvecRole(admin, b, "AFAS-Déclarer", ServiceCatalogue.AFAS, "FOURNISSEUR_ACTIVITE");
        GroupeVue habiliter = groupeAvecRole(admin, b, "AFAS-Habiliter", ServiceCatalogue.AFAS, "APPROBATEUR");
        List<String> personnes = nouveaux(admin, b, "Afas", "ccas-b992.test", "Ana", "Bob", "Cyd");
        en(admin, () -> utilisateursPartenaire.rattacher(declarer.id(), personnes.get(0)));
        en(admin, () -> utilisateursPartenaire.rattacher(declarer.id(), personnes.get(1)));
        refuse("R-HAB-4", admin, () -> utilisateursPartenaire.rattacher(declarer.id(), personnes.get(2)));
        // One person may hold several AFAS roles: the first provider is also the approver.
        assertEquals(2, en(admin, () -> utilisateursPartenaire.rattacher(habiliter.id(), personnes.get(0))).getHabilitations().size());
        refuse("R-HAB-3", admin, () -> utilisateursPartenaire.rattacher(habiliter.id(), personnes.get(2)));
        assertTrue(permis(personnes.get(0), "afas:approbateur"));
        assertTrue(permis(personnes.get(0), "afas:fournisseur_activite"));
    }

    @Test
    @Order(7)
    @DisplayName("R-HAB-5 : un responsable agit dans son sous-arbre seulement, nomme un autre responsable sur un sous-groupe du sien ; un gestionnaire de A ne lit ni ne change rien de B, même en forgeant les ids")
    void delegationEtCloisonnement() throws Exception {
        Long a = organisme(SIRET_A).getId();
        String admin = referentiel.administrateur(SIRET_A);
        Long social = groupe(SIRET_A, "Action sociale");
        Long accueil = groupe(SIRET_A, "Accueil");
        GroupeVue enfance = groupeAvecRole(admin, a, "Petite enfance", ServiceCatalogue.TABLEAU_DE_BORD, "AGENT_CAF");
        String responsable = en(admin, () -> utilisateursPartenaire.creerUtilisateur(a, "Resp", "Rémi", "remi.resp@commune-a992.test"))
                .identifiant();
        String second = en(admin, () -> utilisateursPartenaire.creerUtilisateur(a, "Second", "Sonia", "sonia.second@commune-a992.test"))
                .identifiant();
        String nouveau = en(admin, () -> utilisateursPartenaire.creerUtilisateur(a, "Neuf", "Noé", "noe.neuf@commune-a992.test"))
                .identifiant();
        assertFalse(permis(responsable, "habilitation:gerer:" + a));
        en(admin, () -> groupes.nommerResponsable(social, responsable));
        assertTrue(permis(responsable, "habilitation:gerer:" + a));
        assertFalse(permis(responsable, "habilitation:administrer:" + a));

        // Inside his sub-tree: sub-groups, roles, users, attachments.
        GroupeVue sous = en(responsable, () -> groupes.creerSousGroupe(accueil, "Permanence"));
        en(responsable, () -> utilisateursPartenaire.rattacher(sous.id(), nouveau));
        assertTrue(en(responsable, () -> groupes.arbre(a)).stream().noneMatch(g -> g.nom().equals("Petite enfance")),
                "he sees his sub-tree only");
        // Outside it: refused, naming R-HAB-5.
        refuse("R-HAB-5", responsable, () -> groupes.creerGroupe(a, "Racine pirate"));
        refuse("R-HAB-5", responsable, () -> groupes.creerSousGroupe(enfance.id(), "Intrus"));
        refuse("R-HAB-5", responsable, () -> groupes.renommer(enfance.id(), "Renommé"));
        refuse("R-HAB-5", responsable, () -> groupes.attribuerRole(enfance.id(), ServiceCatalogue.CDAP, "T2"));
        refuse("R-HAB-5", responsable, () -> utilisateursPartenaire.rattacher(enfance.id(), nouveau));
        refuse("R-HAB-5", responsable, () -> groupes.nommerResponsable(social, second));
        refuse("R-HAB-5", responsable, () -> groupes.nommerResponsable(enfance.id(), second));
        // Delegation on a sub-group of his: allowed; the second one's rights stop at "Accueil".
        en(responsable, () -> groupes.nommerResponsable(accueil, second));
        refuse("R-HAB-5", second, () -> groupes.renommer(social, "Social"));
        assertEquals("Accueil", en(second, () -> groupes.renommer(accueil, "Accueil")).nom());
        refuse("R-HAB-5", second, () -> groupes.revoquerResponsable(accueil, second));
        en(admin, () -> groupes.revoquerResponsable(accueil, second));
        assertFalse(permis(second, "habilitation:gerer:" + a));

        // Organisation B's administrateur, with A's ids: nothing is read, nothing changes.
        String adminB = referentiel.administrateur(SIRET_B);
        String agentA = identifiantParEmail(SIRET_A, EMAIL_AGENT);
        Long habilitationA = utilisateurs.parIdentifiant(agentA).map(u -> depot.habilitationsEnVigueur(u.getId()).get(0).getId())
                .orElseThrow();
        List<Callable<?>> forgees = List.of(
                () -> groupes.arbre(a),
                () -> groupes.quotas(a),
                () -> groupes.creerGroupe(a, "Intrus"),
                () -> groupes.creerSousGroupe(social, "Intrus"),
                () -> groupes.renommer(social, "Intrus"),
                () -> groupes.attribuerRole(accueil, ServiceCatalogue.CDAP, "T2"),
                () -> groupes.retirerRole(accueil, ServiceCatalogue.CDAP, "T2"),
                () -> groupes.nommerResponsable(social, agentA),
                () -> groupes.revoquerResponsable(social, responsable),
                () -> utilisateursPartenaire.creerUtilisateur(a, "Intrus", "Ian", "ian.intrus@commune-a992.test"),
                () -> utilisateursPartenaire.rattacher(accueil, agentA),
                () -> utilisateursPartenaire.detacher(accueil, agentA),
                () -> utilisateursPartenaire.utilisateurs(a),
                () -> utilisateursPartenaire.utilisateur(agentA),
                () -> utilisateursPartenaire.suspendre(agentA, "intrusion"),
                () -> utilisateursPartenaire.reactiver(agentA, "intrusion"),
                () -> utilisateursPartenaire.suspendreHabilitation(habilitationA, "intrusion"),
                () -> utilisateursPartenaire.reactiverHabilitation(habilitationA));
        for (Callable<?> action : forgees) {
            assertThrows(AuthorizationException.class, () -> en(adminB, action));
            assertThrows(AuthorizationException.class, () -> en(agentA, action), "a plain user manages nothing");
        }
        assertEquals(StatutCompte.PROVISOIRE, utilisateurs.parIdentifiant(agentA).orElseThrow().getStatut());
        assertEquals("Action sociale", en(admin, () -> groupes.arbre(a)).get(0).nom());
    }

    @Test
    @Order(8)
    @DisplayName("R-HAB-6 : suspendre un utilisateur ou une seule habilitation, avec un motif, ferme ses sessions à l'instant ; la réactivation rend les droits")
    void suspension() throws Exception {
        String admin = referentiel.administrateur(SIRET_A);
        String agent = identifiantParEmail(SIRET_A, EMAIL_AGENT);
        registre.ouvrir(agent, "session-agent");
        refuse("R-HAB-6", admin, () -> utilisateursPartenaire.suspendre(agent, " "));
        assertEquals(RegistreSessions.Etat.EN_VIGUEUR, registre.etat(agent, "session-agent"), "a refusal closes nothing");

        UtilisateurVue suspendu = en(admin, () -> utilisateursPartenaire.suspendre(agent, "Départ du service"));
        assertTrue(suspendu.isSuspendu());
        assertEquals(RegistreSessions.Etat.FERMEE, registre.etat(agent, "session-agent"));
        assertFalse(permis(agent, "cdap:consulter"));
        assertFalse(permis(agent, "compte:consulter"), "a suspended account has no permission at all");
        assertTrue(profilsCdap.profilsDe(agent).isEmpty());
        refuse("R-HAB-6", admin, () -> utilisateursPartenaire.suspendre(agent, "encore"));
        assertFalse(en(admin, () -> utilisateursPartenaire.reactiver(agent, "Retour")).isSuspendu());
        assertTrue(permis(agent, "cdap:consulter"));

        // One habilitation only.
        Long t2 = en(admin, () -> utilisateursPartenaire.utilisateur(agent)).getHabilitations().get(0).id();
        registre.ouvrir(agent, "session-2");
        HabilitationVue suspendue = en(admin, () -> utilisateursPartenaire.suspendreHabilitation(t2, "Usage à vérifier"));
        assertEquals(StatutHabilitation.SUSPENDUE, suspendue.statut());
        assertEquals("Usage à vérifier", suspendue.motifSuspension());
        assertEquals(RegistreSessions.Etat.FERMEE, registre.etat(agent, "session-2"));
        assertFalse(permis(agent, "cdap:consulter"));
        assertTrue(permis(agent, "compte:consulter"), "the account itself stays open");
        assertEquals(StatutHabilitation.ACTIVE, en(admin, () -> utilisateursPartenaire.reactiverHabilitation(t2)).statut());
        assertTrue(permis(agent, "cdap:consulter"));

        // The administrateur and his suppléant are the Caf's to suspend (contrat de service).
        refuse("R-HAB-7", admin, () -> utilisateursPartenaire.suspendre(referentiel.suppleant(SIRET_A), "conflit"));
    }

    @Test
    @Order(9)
    @DisplayName("R-HAB-7 : la Caf suspend à titre conservatoire, force le changement de mot de passe (un utilisateur ou tout l'organisme), reprend la main puis restitue la délégation")
    void pouvoirsDeLaCaf() throws Exception {
        Long a = organisme(SIRET_A).getId();
        String admin = referentiel.administrateur(SIRET_A);
        String agent = identifiantParEmail(SIRET_A, EMAIL_AGENT);
        // Delegated mode: the Caf does not manage the partner's groups…
        assertThrows(AuthorizationException.class, () -> en(ADMINISTRATEUR_CAF, () -> groupes.creerGroupe(a, "Caf")));
        // …but holds its powers, and only on its own partners.
        Long t2 = en(admin, () -> utilisateursPartenaire.utilisateur(agent)).getHabilitations().get(0).id();
        List<Callable<?>> pouvoirs = List.of(
                () -> pouvoirsCaf.suspendreHabilitation(t2, "Précaution"),
                () -> pouvoirsCaf.suspendreUtilisateur(agent, "Précaution"),
                () -> {
                    pouvoirsCaf.forcerChangementMotDePasse(agent);
                    return null;
                },
                () -> pouvoirsCaf.forcerChangementMotDePasseOrganisme(a),
                () -> {
                    pouvoirsCaf.reprendreLaMain(a, "Manquement");
                    return null;
                });
        for (Callable<?> pouvoir : pouvoirs) {
            assertThrows(AuthorizationException.class, () -> en(AGENT_AUTRE_CAF, pouvoir), "another Caf");
            assertThrows(AuthorizationException.class, () -> en(admin, pouvoir), "the partner's administrateur");
        }

        registre.ouvrir(agent, "session-3");
        assertEquals(StatutHabilitation.SUSPENDUE, en(ADMINISTRATEUR_CAF, () -> pouvoirsCaf.suspendreHabilitation(t2, "Précaution")).statut());
        assertEquals(RegistreSessions.Etat.FERMEE, registre.etat(agent, "session-3"));
        en(ADMINISTRATEUR_CAF, () -> pouvoirsCaf.reactiverHabilitation(t2));

        registre.ouvrir(agent, "session-4");
        registre.ouvrir(admin, "session-admin");
        int comptes = en(ADMINISTRATEUR_CAF, () -> pouvoirsCaf.forcerChangementMotDePasseOrganisme(a));
        assertEquals(utilisateurs.deLOrganisme(a).size(), comptes);
        assertTrue(utilisateurs.deLOrganisme(a).stream().allMatch(Utilisateur::isChangementForce));
        assertEquals(RegistreSessions.Etat.FERMEE, registre.etat(agent, "session-4"));
        assertEquals(RegistreSessions.Etat.FERMEE, registre.etat(admin, "session-admin"));

        // The Caf suspends the administrateur partenaire himself, and reactivates him.
        assertTrue(en(ADMINISTRATEUR_CAF, () -> pouvoirsCaf.suspendreUtilisateur(admin, "Précaution")).isSuspendu());
        assertFalse(en(ADMINISTRATEUR_CAF, () -> pouvoirsCaf.reactiverUtilisateur(admin, "Levée")).isSuspendu());

        // Reprise en main: the partner's managers lose their rights at once, the Caf manages.
        en(ADMINISTRATEUR_CAF, () -> {
            pouvoirsCaf.reprendreLaMain(a, "Revue inverse non faite");
            return null;
        });
        assertFalse(permis(admin, "habilitation:gerer:" + a));
        assertThrows(AuthorizationException.class, () -> en(admin, () -> groupes.creerGroupe(a, "Pendant la reprise")));
        assertTrue(permis(agent, "cdap:consulter"), "users keep their services");
        GroupeVue parLaCaf = en(ADMINISTRATEUR_CAF, () -> groupes.creerGroupe(a, "Créé par la Caf"));
        assertEquals("Créé par la Caf", parLaCaf.nom());
        assertThrows(AuthorizationException.class, () -> en(AGENT_AUTRE_CAF, () -> groupes.arbre(a)));
        refuse("R-HAB-7", ADMINISTRATEUR_CAF, () -> {
            pouvoirsCaf.reprendreLaMain(a, "encore");
            return null;
        });
        en(ADMINISTRATEUR_CAF, () -> {
            pouvoirsCaf.restituerDelegation(a, "Revue faite");
            return null;
        });
        assertTrue(permis(admin, "habilitation:gerer:" + a));
        assertThrows(AuthorizationException.class, () -> en(ADMINISTRATEUR_CAF, () -> groupes.creerGroupe(a, "Après")));
    }

    @Test
    @Order(10)
    @DisplayName("R-CONV-8 : une convention suspendue suspend toutes ses habilitations (données gardées), sa clôture les dévalide (datées pour R-TRACE-3)")
    void conventionSuspendueEtCloturee() throws Exception {
        Long b = organisme(SIRET_B).getId();
        Long conventionB = referentiel.conventionEnVigueur(SIRET_B).getId();
        String approbateur = utilisateurs.deLOrganisme(b).stream().filter(u -> u.getNom().equals("Afas") && u.getPrenom().equals("Ana"))
                .findFirst().orElseThrow().getIdentifiant();
        assertTrue(permis(approbateur, "afas:approbateur"));

        en(ADMINISTRATEUR_CAF, () -> conventionService.suspendre(conventionB, "Contrôle"));
        assertFalse(permis(approbateur, "afas:approbateur"));
        assertFalse(permis(referentiel.administrateur(SIRET_B), "habilitation:gerer:" + b));
        Long approbateurId = utilisateurs.parIdentifiant(approbateur).orElseThrow().getId();
        assertEquals(2, depot.habilitationsEnVigueur(approbateurId).size(), "the data stays");
        assertThrows(AuthorizationException.class, () -> en(referentiel.administrateur(SIRET_B), () -> groupes.creerGroupe(b, "Pendant la suspension")),
                "the partner manages nothing while suspended");

        en(ADMINISTRATEUR_CAF, () -> conventionService.reactiver(conventionB, "Levée"));
        assertTrue(permis(approbateur, "afas:approbateur"));

        en(ADMINISTRATEUR_CAF, () -> conventionService.cloturer(conventionB, "Fin du partenariat"));
        assertFalse(permis(approbateur, "afas:approbateur"));
        assertTrue(depot.habilitationsEnVigueur(approbateurId).isEmpty());
        assertTrue(depot.historiqueDe(approbateurId).stream().allMatch(h -> h.estDevalidee() && h.getDevalideeLe() != null
                && h.getMotifDevalidation().contains("Clôture")));
    }

    @Test
    @Order(11)
    @DisplayName("R-TRACE-3 : une habilitation dévalidée est gardée six ans, puis la purge quotidienne la supprime ; une habilitation en vigueur n'est jamais purgée")
    void purgeSixAnsApresDevalidation() {
        Long b = organisme(SIRET_B).getId();
        Long approbateurId = utilisateurs.deLOrganisme(b).stream().filter(u -> u.getNom().equals("Afas") && u.getPrenom().equals("Ana"))
                .findFirst().orElseThrow().getId();
        List<Habilitation> devalidees = depot.historiqueDe(approbateurId);
        assertFalse(devalidees.isEmpty(), "closed in the previous step (R-CONV-8)");
        ZonedDateTime devalidation = devalidees.stream().map(Habilitation::getDevalideeLe).max(Instant::compareTo).orElseThrow()
                .atZone(Horloge.FUSEAU);
        Long utilisateurA = utilisateurs.deLOrganisme(organisme(SIRET_A).getId()).stream()
                .filter(u -> !depot.habilitationsEnVigueur(u.getId()).isEmpty()).findFirst().orElseThrow().getId();
        int enVigueurA = depot.habilitationsEnVigueur(utilisateurA).size();
        assertTrue(retention.donneesRetenues().contains(RetentionHabilitations.CODE), "plugged into the nightly purge");

        retention.purgerDonnees(RetentionHabilitations.CODE, devalidation.plusYears(6).minusDays(1).toInstant());
        assertEquals(devalidees.size(), depot.historiqueDe(approbateurId).size(), "a day short of six years: kept");

        PurgeDonnees purge = retention.purgerDonnees(RetentionHabilitations.CODE, devalidation.plusYears(6).plusDays(1).toInstant());
        assertTrue(purge.nombre() >= devalidees.size(), purge.detailTrace());
        assertTrue(depot.historiqueDe(approbateurId).isEmpty(), "six years and a day: purged");
        assertEquals(enVigueurA, depot.habilitationsEnVigueur(utilisateurA).size(), "in force: never purged, whatever its age");
    }

    @Test
    @Order(12)
    @DisplayName("R-HAB-3 : vingt-quatre gestionnaires rattachent en même temps vingt-quatre personnes pour la dernière place libre : un seul réussit, le quota n'est jamais dépassé")
    void courseALaDernierePlace() throws Exception {
        OrganismePartenaire course = organisme(SIRET_COURSE);
        conventionActive(course.getId(), "C", 3);
        String admin = referentiel.administrateur(SIRET_COURSE);
        GroupeVue g = groupeAvecRole(admin, course.getId(), "Accueil", ServiceCatalogue.CDAP, "T2");
        int concurrents = 24;
        List<String> candidats = new ArrayList<>();
        transaction.begin();
        for (int i = 0; i < concurrents + 2; i++) {
            candidats.add(donnees.utilisateur(course, String.format("COU%s%03d", CAF, 100 + i)).getIdentifiant());
        }
        transaction.commit();
        // Two places of three taken: one is left.
        en(admin, () -> utilisateursPartenaire.rattacher(g.id(), candidats.get(0)));
        en(admin, () -> utilisateursPartenaire.rattacher(g.id(), candidats.get(1)));

        List<Runnable> rattachements = candidats.subList(2, 2 + concurrents).stream()
                .<Runnable>map(candidat -> () -> utilisateursPartenaire.rattacher(g.id(), candidat)).toList();
        List<String> resultats = enCourse(admin, executeur, "rattache", rattachements, Duration.ofMinutes(3));
        assertEquals(1, resultats.stream().filter("rattache"::equals).count(), resultats.toString());
        assertEquals(concurrents - 1, resultats.stream().filter("R-HAB-3"::equals).count(), resultats.toString());
        Long conventionId = referentiel.conventionEnVigueur(SIRET_COURSE).getId();
        assertEquals(3, depot.titulaires(conventionId, ServiceCatalogue.CDAP, "T2"), "never above the quota");
        assertEquals(3, depot.rattachementsDuGroupe(g.id()).size(), "the refused attachments were rolled back whole");
    }

    /** Every mail of this class is delivered before the box closes: none is left retrying into another class's box. */
    @Test
    @Order(13)
    @RunAsClient
    @DisplayName("R-HAB-9 : chaque compte créé (conventions : 3 × 4, utilisateurs : 11 × 2) a reçu ses courriels")
    void fermerLaBoite() {
        try {
            assertTrue(BoiteCourrielDeTest.attendre(34, Duration.ofSeconds(90)),
                    "34 mails expected, " + BoiteCourrielDeTest.recus().length + " received");
        } finally {
            BoiteCourrielDeTest.arreter();
        }
    }
}

package org.eden.portail.incident;

import org.eden.portail.shared.ReferentielDeTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.convention.Contact;
import org.eden.portail.convention.ContratDeService;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.convention.StatutConvention;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.LectureSeule;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.TypeOrganisme;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.eden.portail.shared.EnTantQue.en;
import static org.eden.portail.shared.ReferentielDeTest.MOT_DE_PASSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-INC-1 and R-INC-2 on the real server (H2 and PostgreSQL): an incident's life from filing to
 * resolution, who may do what at each step, the 48-hour escalation, every step traced; maintenance
 * notices on the login page and the home. Caf 987 is this class's; 988 is "another Caf" (hand-made ids).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncidentsIT {

    static final String CAF = "987";
    static final String AUTRE_CAF = "988";
    static final String ADMIN_CAF = "ADM987001";
    static final String AGENT_GUICHET = "AGT987001";
    static final String SUPERVISEUR = "SUP987001";
    static final String VERIFICATEUR = "VER987001";
    static final String ADMIN_AUTRE_CAF = "ADM988002";
    static final String ADMIN_PARTENAIRE = "ADP987001";
    static final String UTILISATEUR = "USP987001";
    static final String SIRET = "98700000000008";
    static final String AVIS = "Maintenance de la Caf 987 : le portail sera interrompu ce soir.";

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    IncidentService incidents;

    @Inject
    MaintenanceService maintenance;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource base;

    static NouvelIncident demande(String description) {
        return new NouvelIncident("CDAP T2", "Martin Claire (MAR987009)", "01 02 03 04 05, habilitations@partenaire987.test",
                description);
    }

    // In the server before the browser test that logs in as ADMIN_CAF: @BeforeAll runs in the test
    // JVM only, and a @BeforeEach would run there too, before the @RunAsClient test.
    @Test
    @Order(1)
    @DisplayName("Préalable : les agents de la Caf 987 (guichet, superviseur, vérificateur) et de la Caf 988 sont actifs ; le CCAS des incidents a sa convention active et aucun avis n'est encore publié")
    void donnees() throws Exception {
        transaction.begin();
        Caf caf = referentiel.caf(CAF, "Caf d'essai des incidents");
        Caf autre = referentiel.caf(AUTRE_CAF, "Autre Caf de la lecture");
        for (String[] agent : new String[][]{{ADMIN_CAF, "ADMINISTRATEUR_CAF"}, {AGENT_GUICHET, "ADMINISTRATEUR_CAF"},
                {SUPERVISEUR, "SUPERVISEUR_CAF"}, {VERIFICATEUR, "VERIFICATEUR_CAF"}}) {
            referentiel.agentActif(caf, agent[0], "Agent", "Guichet", RoleCaf.valueOf(agent[1]));
        }
        referentiel.agentActif(autre, ADMIN_AUTRE_CAF, "Agent", "Guichet", RoleCaf.ADMINISTRATEUR_CAF);
        OrganismePartenaire organisme = referentiel.organisme(caf, "CCAS des incidents", SIRET, TypeOrganisme.CCAS_CIAS,
                new Adresse("2, rue du Guichet", "27000", "Évreux"));
        for (String id : List.of(ADMIN_PARTENAIRE, UTILISATEUR)) {
            referentiel.partenaire(organisme, id, "Partenaire", "Essai", "partenaire987.test");
        }
        referentiel.conventionActive(caf, organisme,
                new ContratDeService(ModeGestion.DELEGUE, new Contact("Admin", "Essai", "admin@partenaire987.test", "01"), null, null, null),
                c -> c.fixerQuota(referentiel.service(ServiceCatalogue.CDAP), "T2", 5, 5), ADMIN_CAF, VERIFICATEUR, ADMIN_PARTENAIRE, null);
        transaction.commit();

        LectureSeule.verifier(transaction, this::verifierDonnees);
    }

    private void verifierDonnees() {
        for (String[] agent : new String[][]{{ADMIN_CAF, CAF}, {AGENT_GUICHET, CAF}, {SUPERVISEUR, CAF}, {VERIFICATEUR, CAF},
                {ADMIN_AUTRE_CAF, AUTRE_CAF}}) {
            assertEquals(agent[1], referentiel.verifierActif(agent[0]).getCaf().getCode(), agent[0]);
        }
        OrganismePartenaire ccas = referentiel.organisme(SIRET);
        Convention convention = referentiel.conventionEnVigueur(SIRET);
        assertEquals(StatutConvention.ACTIVE, convention.getStatut());
        assertEquals(ADMIN_PARTENAIRE, convention.getContrat().getAdministrateur().getIdentifiantCompte());
        for (String partenaire : List.of(ADMIN_PARTENAIRE, UTILISATEUR)) {
            assertEquals(ccas.getId(), referentiel.utilisateur(partenaire).getOrganisme().getId(), partenaire);
        }
        assertTrue(maintenance.avisEnVigueur().stream().noneMatch(a -> a.texte().equals(AVIS)));
    }

    private long traces(String condition, Object... parametres) throws Exception {
        return LectureSeule.nombre(base, "SELECT COUNT(*) FROM trace WHERE " + condition, parametres);
    }

    /** The clock moved back for one incident: as if it had been filed {@code duree} ago. */
    private void declareIlYA(Long id, Duration duree) throws Exception {
        transaction.begin();
        try (Connection connexion = base.getConnection();
             PreparedStatement sql = connexion.prepareStatement("UPDATE incident SET declare_le = ? WHERE id = ?")) {
            sql.setObject(1, HorlogeDuServeur.maintenant().minus(duree).atOffset(ZoneOffset.UTC));
            sql.setLong(2, id);
            assertEquals(1, sql.executeUpdate());
        }
        transaction.commit();
    }

    @Test
    @Order(2)
    @DisplayName("R-INC-1 : l'administrateur partenaire déclare un incident (sa convention, son organisme) ; le guichet de sa Caf le voit ; un utilisateur ordinaire ne déclare pas")
    void declaration() throws Exception {
        IncidentVue incident = en(ADMIN_PARTENAIRE, () -> incidents.declarer(demande("L'utilisatrice ne voit pas le service CDAP.")));
        assertEquals(StatutIncident.OUVERT, incident.statut());
        assertEquals(CAF, incident.codeCaf());
        assertEquals(referentiel.conventionEnVigueur(SIRET).getNumero(),
                incident.numeroConvention());
        assertFalse(incident.escalade());
        assertTrue(en(ADMIN_PARTENAIRE, () -> incidents.incidentsDeMonOrganisme(null, 0, 20)).incidents().stream()
                .anyMatch(i -> i.id().equals(incident.id())));
        assertTrue(en(ADMIN_CAF, () -> incidents.incidentsDuGuichet(StatutIncident.OUVERT, false, 0, 20)).incidents().stream()
                .anyMatch(i -> i.id().equals(incident.id())));
        assertTrue(en(SUPERVISEUR, () -> incidents.incidentsDuGuichet(null, false, 0, 20)).total() >= 1, "the superviseur reads the desk");
        assertEquals(1, traces("action = 'DECLARATION_INCIDENT' AND resultat = 'SUCCES' AND cible_id = ?", incident.id().toString()));

        assertThrows(AuthorizationException.class, () -> en(UTILISATEUR, () -> incidents.declarer(demande("x"))));
        assertThrows(AuthorizationException.class, () -> en(VERIFICATEUR, () -> incidents.incidentsDuGuichet(null, false, 0, 20)));
        assertThrows(AuthorizationException.class, () -> en(ADMIN_AUTRE_CAF, () -> incidents.consulter(incident.id())));
        assertEquals(1, traces("action = 'DECLARATION_INCIDENT' AND resultat = 'REFUS' AND identifiant = ?", UTILISATEUR));

        RegleMetierException incomplet = assertThrows(RegleMetierException.class,
                () -> en(ADMIN_PARTENAIRE, () -> incidents.declarer(new NouvelIncident("CDAP T2", "", "contact", "description"))));
        assertEquals("R-INC-1", incomplet.getRegle());
    }

    @Test
    @Order(3)
    @DisplayName("R-INC-1 : le guichet confie, échange, résout ; le superviseur et une autre Caf ne changent rien ; le partenaire suit le statut et les échanges")
    void cycleDeVie() throws Exception {
        Long id = en(ADMIN_PARTENAIRE, () -> incidents.declarer(demande("Compte gelé sans raison apparente."))).id();

        assertThrows(AuthorizationException.class, () -> en(SUPERVISEUR, () -> incidents.assigner(id, AGENT_GUICHET)));
        assertThrows(AuthorizationException.class, () -> en(ADMIN_AUTRE_CAF, () -> incidents.assigner(id, ADMIN_AUTRE_CAF)));
        assertThrows(AuthorizationException.class, () -> en(UTILISATEUR, () -> incidents.commenter(id, "Alors ?")));
        RegleMetierException pasDuGuichet = assertThrows(RegleMetierException.class,
                () -> en(ADMIN_CAF, () -> incidents.assigner(id, SUPERVISEUR)));
        assertEquals("R-INC-1", pasDuGuichet.getRegle());

        IncidentVue confie = en(ADMIN_CAF, () -> incidents.assigner(id, AGENT_GUICHET.toLowerCase()));
        assertEquals(StatutIncident.EN_COURS, confie.statut());
        assertEquals(AGENT_GUICHET, confie.assigneA());
        en(AGENT_GUICHET, () -> incidents.commenter(id, "Le compte a été dégelé, pouvez-vous confirmer ?"));
        en(ADMIN_PARTENAIRE, () -> incidents.commenter(id, "Confirmé, merci."));
        IncidentVue resolu = en(AGENT_GUICHET, () -> incidents.resoudre(id, "Dégel du compte."));
        assertEquals(StatutIncident.RESOLU, resolu.statut());

        IncidentVue suivi = en(ADMIN_PARTENAIRE, () -> incidents.consulter(id));
        assertEquals(StatutIncident.RESOLU, suivi.statut());
        assertEquals("Dégel du compte.", suivi.resolution());
        assertEquals(List.of(true, false), suivi.commentaires().stream().map(IncidentVue.Commentaire::deLaCaf).toList());
        assertEquals(1, en(ADMIN_PARTENAIRE, () -> incidents.incidentsDeMonOrganisme(StatutIncident.RESOLU, 0, 20)).total());

        RegleMetierException clos = assertThrows(RegleMetierException.class, () -> en(AGENT_GUICHET, () -> incidents.commenter(id, "Encore")));
        assertEquals("R-INC-1", clos.getRegle());

        for (String action : List.of("ASSIGNATION_INCIDENT", "RESOLUTION_INCIDENT", "CONSULTATION_INCIDENT")) {
            assertEquals(1, traces("action = ? AND resultat = 'SUCCES' AND cible_id = ?", action, id.toString()), action);
        }
        assertEquals(2, traces("action = 'COMMENTAIRE_INCIDENT' AND resultat = 'SUCCES' AND cible_id = ?", id.toString()));
        assertEquals(1, traces("action = 'ASSIGNATION_INCIDENT' AND resultat = 'REFUS' AND identifiant = ?", SUPERVISEUR));
    }

    @Test
    @Order(4)
    @DisplayName("R-INC-1 : un incident sans réponse de la Caf depuis 48 heures est signalé à escalader ; une réponse du guichet (pas du partenaire) lève le signal")
    void escalade48Heures() throws Exception {
        Long ancien = en(ADMIN_PARTENAIRE, () -> incidents.declarer(demande("Sans réponse depuis deux jours."))).id();
        Long recent = en(ADMIN_PARTENAIRE, () -> incidents.declarer(demande("Déclaré hier."))).id();
        declareIlYA(ancien, Duration.ofHours(48).plusMinutes(5));
        declareIlYA(recent, Duration.ofHours(47));

        List<IncidentVue> aEscalader = en(ADMIN_CAF, () -> incidents.incidentsDuGuichet(null, true, 0, 50)).incidents();
        assertEquals(List.of(ancien), aEscalader.stream().map(IncidentVue::id).toList());
        assertTrue(aEscalader.get(0).escalade());
        assertFalse(en(ADMIN_CAF, () -> incidents.consulter(recent)).escalade());

        en(ADMIN_PARTENAIRE, () -> incidents.commenter(ancien, "Toujours rien ?"));
        assertTrue(en(ADMIN_CAF, () -> incidents.consulter(ancien)).escalade(), "the partner's message is not the Caf's answer");

        en(AGENT_GUICHET, () -> incidents.commenter(ancien, "Nous regardons."));
        assertFalse(en(ADMIN_CAF, () -> incidents.consulter(ancien)).escalade());
        assertEquals(0, en(ADMIN_CAF, () -> incidents.incidentsDuGuichet(null, true, 0, 50)).total());
    }

    @Test
    @Order(5)
    @DisplayName("R-INC-2 : l'administrateur Caf publie un avis de maintenance, affiché pendant sa période à tous sur la connexion et aux siens sur l'accueil")
    void avisDeMaintenance() {
        Instant maintenant = HorlogeDuServeur.maintenant();
        AvisVue avis = en(ADMIN_CAF, () -> maintenance.publier(AVIS, maintenant.minusSeconds(60), maintenant.plus(Duration.ofHours(2))));
        en(ADMIN_CAF, () -> maintenance.publier("Avis futur de la Caf 987", maintenant.plus(Duration.ofDays(3)),
                maintenant.plus(Duration.ofDays(4))));

        assertTrue(maintenance.avisEnVigueur().stream().anyMatch(a -> a.id().equals(avis.id())));
        assertFalse(maintenance.avisEnVigueur().stream().anyMatch(a -> a.texte().startsWith("Avis futur")), "not yet in force");
        assertTrue(maintenance.avisPour(ADMIN_PARTENAIRE).stream().anyMatch(a -> a.texte().equals(AVIS)));
        assertFalse(maintenance.avisPour(ADMIN_AUTRE_CAF).stream().anyMatch(a -> a.texte().equals(AVIS)), "another Caf's home");
        assertEquals(2, en(ADMIN_CAF, () -> maintenance.avisDeMaCaf()).size());

        assertThrows(AuthorizationException.class, () -> en(SUPERVISEUR, () -> maintenance.publier("x", maintenant, maintenant.plusSeconds(60))));
        RegleMetierException periode = assertThrows(RegleMetierException.class,
                () -> en(ADMIN_CAF, () -> maintenance.publier("Période à l'envers", maintenant.plusSeconds(600), maintenant)));
        assertEquals("R-INC-2", periode.getRegle());
    }

    @Test
    @Order(6)
    @RunAsClient
    @DisplayName("R-INC-2 : l'avis en vigueur s'affiche sur la page de connexion (anonyme) puis sur l'accueil (navigateur)")
    void avisSurLaConnexionEtLAccueil() {
        String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("eden.it.port.offset", 400));
        try (Navigateur navigateur = new Navigateur(base)) {
            navigateur.ouvrir("/login.xhtml");
            assertTrue(navigateur.texte("avis-maintenance").contains(AVIS), navigateur.texte("avis-maintenance"));
            navigateur.capturer("avis-maintenance-connexion");
            navigateur.seConnecter(ADMIN_CAF, MOT_DE_PASSE);
            navigateur.attendre(By.id("tuiles"));
            assertTrue(navigateur.texte("avis-maintenance").contains(AVIS));
            assertTrue(navigateur.texte("tuiles").contains("Guichet des incidents"));
            navigateur.cliquerLien("tuiles", "Guichet des incidents");
            navigateur.attendre(By.id("liste:incidents"));
            assertTrue(navigateur.texte("liste:incidents").contains("CCAS des incidents"), navigateur.texte("liste:incidents"));
            navigateur.capturer("guichet-incidents");
        }
    }
}

package org.eden.portail.trace;

import org.eden.portail.shared.ReferentielDeTest;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.convention.Contact;
import org.eden.portail.convention.ContratDeService;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ConventionRepository;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.sql.DataSource;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.eden.portail.shared.EnTantQue.en;
import static org.eden.portail.shared.ReferentielDeTest.MOT_DE_PASSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-TRACE-4 on the real server (H2 and PostgreSQL): who reads which traces — each actor, forged
 * filters included —, the database's paging and sorting, the CSV exports, the reading traced, and
 * the screen in a browser. Caf 989 is this class's; Caf 988 is "another Caf" (hand-made ids only).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LectureTracesIT {

    static final String CAF = "989";
    static final String AUTRE_CAF = "988";

    static final String SUPERVISEUR = "SUP989001";
    static final String ADMIN_CAF = "ADM989001";
    static final String VERIFICATEUR = "VER989001";
    static final String SUPERVISEUR_AUTRE = "SUP988001";
    static final String CNAF = "CNA989001";
    /** Organisation A (Caf 989), convention active: administrateur, suppléant, an ordinary user. */
    static final String ADMIN_A = "ADA989001";
    static final String SUPPLEANT_A = "SUA989001";
    static final String UTILISATEUR_A = "USA989001";
    /** Organisation B (Caf 989), convention suspended: its administrateur still reads. */
    static final String ADMIN_B = "ADB989001";
    static final String UTILISATEUR_B = "USB989001";
    /** Organisation C (Caf 988). */
    static final String ADMIN_C = "ADC988001";
    /** Organisation D (Caf 989), convention closed: its former administrateur reads nothing. */
    static final String ADMIN_D = "ADD989001";

    static final String SIRET_A = "98900000000004";
    static final String SIRET_B = "98900000000012";
    static final String SIRET_C = "98800000000006";
    static final String SIRET_D = "98900000000020";

    static final String ACTION = "ESSAI_LECTURE";

    @Inject
    ConventionRepository conventions;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    LectureTraces lecture;

    @Inject
    Event<EvenementTrace> evenements;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource base;

    private Long organisme(String siret) {
        return referentiel.organismeId(siret);
    }

    // In the server before the browser tests that log in with these accounts: @BeforeAll runs in the
    // test JVM only, and a @BeforeEach would run there too, before the @RunAsClient tests.
    @Test
    @Order(1)
    @DisplayName("Préalable : Cafs 989 et 988, leurs agents actifs, les partenaires A (convention active), B (suspendue), C (autre Caf), D (close) et onze traces d'essai")
    void donnees() throws Exception {
        transaction.begin();
        Caf caf = referentiel.caf(CAF, "Caf d'essai de la lecture des traces");
        Caf autre = referentiel.caf(AUTRE_CAF, "Autre Caf de la lecture");
        referentiel.agentActif(caf, SUPERVISEUR, "Agent", "Essai", RoleCaf.SUPERVISEUR_CAF);
        referentiel.agentActif(caf, ADMIN_CAF, "Agent", "Essai", RoleCaf.ADMINISTRATEUR_CAF);
        referentiel.agentActif(caf, VERIFICATEUR, "Agent", "Essai", RoleCaf.VERIFICATEUR_CAF);
        referentiel.agentActif(autre, SUPERVISEUR_AUTRE, "Agent", "Essai", RoleCaf.SUPERVISEUR_CAF);
        referentiel.agentCnaf(CNAF, "Agent", "National", "cna989001@cnaf.test");
        OrganismePartenaire a = partenaire(caf, "Commune A de la lecture", SIRET_A);
        OrganismePartenaire b = partenaire(caf, "Commune B de la lecture", SIRET_B);
        OrganismePartenaire c = partenaire(autre, "Commune C de l'autre Caf", SIRET_C);
        OrganismePartenaire d = partenaire(caf, "Commune D, convention close", SIRET_D);
        for (Object[] u : new Object[][]{{a, ADMIN_A}, {a, SUPPLEANT_A}, {a, UTILISATEUR_A}, {b, ADMIN_B}, {b, UTILISATEUR_B},
                {c, ADMIN_C}, {d, ADMIN_D}}) {
            referentiel.partenaire((OrganismePartenaire) u[0], (String) u[1], "Partenaire", "Essai", "partenaire.test");
        }
        convention(caf, a, ADMIN_A, SUPPLEANT_A);
        Convention cb = convention(caf, b, ADMIN_B, null);
        cb.suspendre(ADMIN_CAF, "Essai de suspension", HorlogeDuServeur.maintenant());
        convention(autre, c, ADMIN_C, null);
        Convention cd = convention(caf, d, ADMIN_D, null);
        cd.cloturer(ADMIN_CAF, "Essai de clôture", LocalDate.of(2026, 6, 1), HorlogeDuServeur.maintenant());
        transaction.commit();

        // Traces of each actor, through the one writer.
        transaction.begin();
        for (String acteur : List.of(ADMIN_A, SUPPLEANT_A, UTILISATEUR_A, UTILISATEUR_A, ADMIN_B, UTILISATEUR_B, ADMIN_C,
                SUPERVISEUR, ADMIN_CAF, SUPERVISEUR_AUTRE, CNAF)) {
            evenements.fire(EvenementTrace.succes(ACTION, "ESSAI", acteur).par(acteur));
        }
        transaction.commit();

        LectureSeule.verifier(transaction, this::verifierDonnees);
    }

    private void verifierDonnees() throws Exception {
        for (String agent : List.of(SUPERVISEUR, ADMIN_CAF, VERIFICATEUR, SUPERVISEUR_AUTRE)) {
            referentiel.verifierActif(agent);
        }
        assertEquals(Set.of(RoleCaf.AGENT_CNAF), referentiel.utilisateur(CNAF).getRolesCaf());
        assertEquals(StatutConvention.ACTIVE, conventionDe(SIRET_A).getStatut());
        assertEquals(SUPPLEANT_A, conventionDe(SIRET_A).getContrat().getSuppleant().getIdentifiantCompte());
        assertEquals(StatutConvention.SUSPENDUE, conventionDe(SIRET_B).getStatut());
        assertEquals(StatutConvention.ACTIVE, conventionDe(SIRET_C).getStatut());
        assertEquals(AUTRE_CAF, conventionDe(SIRET_C).getCaf().getCode());
        assertEquals(StatutConvention.CLOTUREE, conventionDe(SIRET_D).getStatut());
        for (String partenaire : List.of(ADMIN_A, SUPPLEANT_A, UTILISATEUR_A, ADMIN_B, UTILISATEUR_B, ADMIN_C, ADMIN_D)) {
            referentiel.utilisateur(partenaire); // an AssertionError naming the one absent
        }
        assertEquals(11, compter("action = ?", ACTION), "one test trace per actor, two for " + UTILISATEUR_A);
    }

    /** The one convention of a partner of this class, whatever its state. */
    private Convention conventionDe(String siret) {
        List<Convention> siennes = conventions.conventionsDeLOrganisme(organisme(siret));
        assertEquals(1, siennes.size(), siret);
        return siennes.get(0);
    }

    private OrganismePartenaire partenaire(Caf caf, String nom, String siret) {
        return referentiel.organisme(caf, nom, siret, TypeOrganisme.COMMUNE, new Adresse("1, rue de la Lecture", "27000", "Évreux"));
    }

    private Convention convention(Caf caf, OrganismePartenaire organisme, String administrateur, String suppleant) {
        return referentiel.conventionActive(caf, organisme,
                new ContratDeService(ModeGestion.DELEGUE, new Contact("Admin", "Essai", "admin@partenaire.test", "01 02 03 04 05"),
                        suppleant == null ? null : new Contact("Suppleant", "Essai", "suppleant@partenaire.test", "01 02 03 04 06"),
                        null, null),
                c -> c.fixerQuota(referentiel.service(ServiceCatalogue.CDAP), "T2", 5, 5), ADMIN_CAF, VERIFICATEUR, administrateur, suppleant);
    }

    /** The actors of the test traces a reader sees, whatever else his scope holds. */
    private Set<String> lus(String lecteur, FiltreTraces filtre) {
        FiltreTraces f = filtre == null ? new FiltreTraces() : filtre;
        f.setAction(ACTION);
        return en(lecteur, () -> lecture.lire(f, TriTraces.HORODATAGE, false, 0, 500)).lignes().stream()
                .map(LigneTrace::getIdentifiant).collect(Collectors.toSet());
    }

    private static FiltreTraces identifiant(String identifiant) {
        FiltreTraces filtre = new FiltreTraces();
        filtre.setIdentifiant(identifiant);
        return filtre;
    }

    @Test
    @Order(2)
    @DisplayName("R-TRACE-4 : l'administrateur partenaire et son suppléant lisent toutes les traces de leur organisme, et elles seules")
    void administrateurPartenaireLitSonOrganisme() {
        for (String lecteur : List.of(ADMIN_A, SUPPLEANT_A)) {
            assertEquals(Set.of(ADMIN_A, SUPPLEANT_A, UTILISATEUR_A), lus(lecteur, null), lecteur);
            PageTraces page = en(lecteur, () -> lecture.lire(new FiltreTraces(), TriTraces.HORODATAGE, false, 0, 500));
            Long a = organisme(SIRET_A);
            assertTrue(page.lignes().stream().allMatch(l -> a.equals(l.getOrganismeId())), lecteur);
        }
        assertEquals(Set.of(ADMIN_B, UTILISATEUR_B), lus(ADMIN_B, null), "a suspended convention's administrateur still reads");
    }

    @Test
    @Order(3)
    @DisplayName("R-TRACE-4 : un filtre forgé ne sort jamais de la portée (autre organisme, agent de la Caf, autre Caf)")
    void filtreForgeRestreintSeulement() {
        assertEquals(Set.of(), lus(ADMIN_A, identifiant(ADMIN_B)));
        assertEquals(Set.of(), lus(ADMIN_A, identifiant(SUPERVISEUR)));
        assertEquals(Set.of(), lus(ADMIN_A, identifiant(ADMIN_C)));
        assertEquals(Set.of(UTILISATEUR_A), lus(ADMIN_A, identifiant(UTILISATEUR_A)));
        assertEquals(Set.of(), lus(SUPERVISEUR, identifiant(ADMIN_C)));
        assertEquals(Set.of(), lus(SUPERVISEUR_AUTRE, identifiant(ADMIN_A)));
    }

    @Test
    @Order(4)
    @DisplayName("R-TRACE-4 : le superviseur Caf lit les traces des partenaires de sa Caf et de ses agents, pas celles d'une autre Caf")
    void superviseurLitSaCaf() {
        assertEquals(Set.of(ADMIN_A, SUPPLEANT_A, UTILISATEUR_A, ADMIN_B, UTILISATEUR_B, SUPERVISEUR, ADMIN_CAF),
                lus(SUPERVISEUR, null));
        assertEquals(Set.of(ADMIN_C, SUPERVISEUR_AUTRE), lus(SUPERVISEUR_AUTRE, null));
    }

    @Test
    @Order(5)
    @DisplayName("R-TRACE-4 : personne d'autre — ni l'administrateur ni le vérificateur Caf, ni l'agent Cnaf, ni un utilisateur, ni l'ancien administrateur d'une convention close — et le refus est tracé")
    void personneDAutre() throws Exception {
        for (String lecteur : List.of(ADMIN_CAF, VERIFICATEUR, CNAF, UTILISATEUR_A, ADMIN_D)) {
            assertThrows(AuthorizationException.class,
                    () -> en(lecteur, () -> lecture.lire(new FiltreTraces(), TriTraces.HORODATAGE, false, 0, 50)), lecteur);
            assertThrows(AuthorizationException.class,
                    () -> en(lecteur, () -> lecture.exporter(new FiltreTraces(), new StringWriter())), lecteur);
            assertEquals(1, compter("identifiant = ? AND action = 'LECTURE_TRACES' AND resultat = 'REFUS'", lecteur), lecteur);
        }
    }

    @Test
    @Order(6)
    @DisplayName("R-TRACE-4 : chaque lecture est tracée, avec la portée lue")
    void lectureTracee() throws Exception {
        String condition = "identifiant = ? AND action = 'LECTURE_TRACES' AND resultat = 'SUCCES' AND cible_id = ?";
        String portee = "ORGANISME:" + organisme(SIRET_A);
        long avant = compter(condition, ADMIN_A, portee);
        en(ADMIN_A, () -> lecture.lire(new FiltreTraces(), TriTraces.HORODATAGE, false, 0, 50));
        assertEquals(avant + 1, compter(condition, ADMIN_A, portee));
    }

    @Test
    @Order(7)
    @DisplayName("R-TRACE-4 : pagination et tri faits par la base (compte total, pages disjointes, ordre demandé)")
    void paginationEtTri() {
        FiltreTraces filtre = new FiltreTraces();
        filtre.setAction(ACTION);
        PageTraces premiere = en(SUPERVISEUR, () -> lecture.lire(filtre, TriTraces.IDENTIFIANT, true, 0, 3));
        PageTraces seconde = en(SUPERVISEUR, () -> lecture.lire(filtre, TriTraces.IDENTIFIANT, true, 3, 3));
        assertEquals(8, premiere.total(), "UTILISATEUR_A acted twice");
        assertEquals(3, premiere.lignes().size());
        assertEquals(List.of(ADMIN_A, ADMIN_B, ADMIN_CAF), premiere.lignes().stream().map(LigneTrace::getIdentifiant).toList());
        assertEquals(List.of(SUPPLEANT_A, SUPERVISEUR, UTILISATEUR_A), seconde.lignes().stream().map(LigneTrace::getIdentifiant).toList());
        PageTraces recentes = en(SUPERVISEUR, () -> lecture.lire(filtre, TriTraces.HORODATAGE, false, 0, 8));
        List<Long> rangs = recentes.lignes().stream().map(LigneTrace::getRang).toList();
        assertEquals(rangs.stream().sorted(java.util.Comparator.reverseOrder()).toList(), rangs, "newest first");
    }

    @Test
    @Order(8)
    @DisplayName("R-TRACE-4 : l'export CSV contient exactement les lignes filtrées de la portée ; l'export d'un utilisateur, toutes ses traces")
    void exports() throws Exception {
        FiltreTraces filtre = new FiltreTraces();
        filtre.setAction(ACTION);
        StringWriter csv = new StringWriter();
        ExportTraces export = en(ADMIN_A, () -> lecture.exporter(filtre, csv));
        List<String> lignes = csv.toString().lines().toList();
        assertEquals(CsvTraces.ENTETE, lignes.get(0));
        assertEquals(4, export.nombre(), "ADMIN_A, SUPPLEANT_A, and UTILISATEUR_A twice");
        assertEquals(5, lignes.size());
        assertTrue(lignes.stream().skip(1).allMatch(l -> l.contains("\"" + organisme(SIRET_A) + "\"") && l.contains(ACTION)), csv.toString());

        // All his traces: his two actions, and the refusals of his attempts to read the traces (personneDAutre).
        long siennes = compter("identifiant = ?", UTILISATEUR_A);
        StringWriter personne = new StringWriter();
        ExportTraces sienne = en(ADMIN_A, () -> lecture.exporterTracesDe(UTILISATEUR_A.toLowerCase(), personne));
        assertEquals(siennes, sienne.nombre());
        assertEquals(siennes + 1, personne.toString().lines().count());
        assertTrue(personne.toString().lines().skip(1).allMatch(l -> l.contains("\"" + UTILISATEUR_A + "\"")), personne.toString());

        RegleMetierException horsPortee = assertThrows(RegleMetierException.class,
                () -> en(ADMIN_A, () -> lecture.exporterTracesDe(ADMIN_B, new StringWriter())));
        assertEquals("R-TRACE-4", horsPortee.getRegle());
        assertEquals(siennes, en(SUPERVISEUR, () -> lecture.exporterTracesDe(UTILISATEUR_A, new StringWriter())).nombre(),
                "the superviseur answers for his Caf's partners too");
    }

    private long compter(String condition, Object... parametres) throws Exception {
        return LectureSeule.nombre(base, "SELECT COUNT(*) FROM trace WHERE " + condition, parametres);
    }

    @Test
    @Order(9)
    @RunAsClient
    @DisplayName("R-TRACE-4 : l'écran Traces filtre par utilisateur et exporte en CSV les lignes filtrées (navigateur)")
    void ecranTraces() throws Exception {
        String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("eden.it.port.offset", 400));
        Path telechargements = Path.of("target", "telechargements", "lecture-traces");
        try (Navigateur navigateur = new Navigateur(base)) {
            navigateur.autoriserTelechargements(telechargements);
            navigateur.seConnecter(SUPERVISEUR, MOT_DE_PASSE);
            navigateur.attendre(By.id("tuiles"));
            navigateur.cliquerLien("tuiles", "Traces");
            navigateur.attendre(By.id("traces:liste"));
            assertTrue(navigateur.texte("portee").contains("Caf " + CAF), navigateur.texte("portee"));
            navigateur.saisir("traces:identifiant", UTILISATEUR_A);
            navigateur.saisir("traces:action", ACTION);
            navigateur.cliquer("traces:filtrer");
            new WebDriverWait(navigateur.pilote(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("traces:liste"), "1–2 sur 2 traces"));
            String tableau = navigateur.texte("traces:liste");
            assertTrue(tableau.contains(UTILISATEUR_A), tableau);
            assertFalse(tableau.contains(ADMIN_A), tableau);
            navigateur.capturer("traces-filtrees");

            Path fichier = telechargements.resolve("traces.csv");
            Files.deleteIfExists(fichier);
            navigateur.cliquer("traces:exporter");
            // Chromium writes a .crdownload and renames it when complete.
            org.awaitility.Awaitility.await("the CSV export is downloaded").atMost(Duration.ofSeconds(30))
                    .until(() -> Files.exists(fichier));
            List<String> csv = Files.readAllLines(fichier, StandardCharsets.UTF_8);
            assertEquals(CsvTraces.ENTETE, csv.get(0));
            assertEquals(3, csv.size(), String.join("\n", csv));
            assertTrue(csv.stream().skip(1).allMatch(l -> l.contains("\"" + UTILISATEUR_A + "\"") && l.contains(ACTION)),
                    String.join("\n", csv));
        }
    }

    @Test
    @Order(10)
    @RunAsClient
    @DisplayName("R-TRACE-4 : l'administrateur Caf qui ouvre l'écran Traces par son adresse reçoit la page « Accès refusé » (navigateur)")
    void ecranRefuse() {
        String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("eden.it.port.offset", 400));
        try (Navigateur navigateur = Navigateur.connecte(base, ADMIN_CAF, MOT_DE_PASSE)) {
            navigateur.attendre(By.id("tuiles"));
            assertFalse(navigateur.texte("tuiles").contains("Traces"), "no tile for a screen he may not open");
            navigateur.ouvrir("/trace/traces.xhtml");
            assertTrue(navigateur.titre().startsWith("Accès refusé"), navigateur.titre());
            navigateur.capturer("traces-acces-refuse");
        }
    }

    @Test
    @Order(11)
    @DisplayName("R-TRACE-1 : le refus d'une page par le filtre Shiro (403) est tracé comme un refus, avec la page et la permission exigée")
    void refusDePageTrace() throws Exception {
        assertEquals(1, compter("identifiant = ? AND action = 'ACCES_REFUSE' AND resultat = 'REFUS' AND cible_id = ? AND detail = ?",
                ADMIN_CAF, "/trace/traces.xhtml", "permission ecran:traces"));
    }
}

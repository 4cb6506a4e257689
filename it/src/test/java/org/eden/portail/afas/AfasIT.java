package org.eden.portail.afas;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.habilitation.HabilitationRepository;
import org.eden.portail.shared.BoiteCourrielDeTest;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.LectureSeule;
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

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.eden.portail.shared.Http;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.eden.portail.afas.DonneesAfasDeTest.ACTIVITE;
import static org.eden.portail.afas.DonneesAfasDeTest.ACTIVITE_2;
import static org.eden.portail.afas.DonneesAfasDeTest.ADMIN_CAF;
import static org.eden.portail.afas.DonneesAfasDeTest.APPROBATEUR;
import static org.eden.portail.afas.DonneesAfasDeTest.FINANCES;
import static org.eden.portail.afas.DonneesAfasDeTest.SANS_ROLE;
import static org.eden.portail.afas.DonneesAfasDeTest.SIRET;
import static org.eden.portail.afas.DonneesAfasDeTest.activiteAlsh;
import static org.eden.portail.afas.DonneesAfasDeTest.finances;
import static org.eden.portail.shared.EnTantQue.en;
import static org.eden.portail.shared.EnTantQue.enCourse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AFAS on the real server (H2 and PostgreSQL): équipements and their providers (R-AFAS-1, R-HAB-4
 * under concurrency), a declaration carried from « à saisir » to « transmise » by the three roles
 * with role separation (R-AFAS-2, R-AFAS-3, R-AFAS-5), the controls and a justified warning
 * (R-AFAS-4), two providers of one part at once (R-AFAS-6), the prefill (R-AFAS-10), the traces
 * and the mails. Caf 974 is this class's.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AfasIT {

    @Inject
    DonneesAfasDeTest donnees;

    @Inject
    HabilitationRepository habilitations;

    @Inject
    AfasRepository depot;

    @Inject
    EquipementService equipements;

    @Inject
    DeclarationService declarations;

    @Inject
    ReglageControlesService reglages;

    @Inject
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executeur;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource base;

    @BeforeAll
    static void ouvrirLaBoite() {
        BoiteCourrielDeTest.demarrer();
    }

    private Long organismeId() {
        return donnees.organismeId(SIRET);
    }

    private EquipementVue equipement(String nom) {
        return en(APPROBATEUR, () -> equipements.equipementsDe(organismeId())).stream().filter(e -> e.nom().equals(nom))
                .findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    @DisplayName("Préalable : le partenaire de la Caf 974 a sa convention active avec un bulletin AFAS, ses deux fournisseurs d'activité, son fournisseur financier et son approbateur")
    void donnees() throws Exception {
        transaction.begin();
        donnees.preparer();
        transaction.commit();
        LectureSeule.verifier(transaction, () -> assertEquals(4, habilitations.habilitationsEnVigueurDeLOrganisme(organismeId()).stream()
                .filter(h -> h.getService().equals("AFAS")).count()));
    }

    @Test
    @Order(2)
    @DisplayName("R-AFAS-1 : la Caf enregistre un ALSH et un EAJE ; l'approbateur (AFAS-Habiliter) désigne fournisseurs et approbateur parmi les habilités ; un fournisseur ne le peut pas")
    void equipementsEtAffectations() {
        Long organisme = organismeId();
        EquipementVue alsh = en(ADMIN_CAF, () -> equipements.enregistrer(organisme, new NouvelEquipement("Centre de loisirs Les Tilleuls",
                TypeEquipement.ALSH, "1, rue des Tilleuls", "97400", "Essai", "alsh-974-01", 40, new BigDecimal("10"))));
        assertEquals("ALSH-974-01", alsh.numeroDossier());
        en(ADMIN_CAF, () -> equipements.enregistrer(organisme, new NouvelEquipement("Crèche Les Lutins", TypeEquipement.EAJE,
                "2, rue des Lutins", "97400", "Essai", "EAJE-974-01", 30, new BigDecimal("11"))));
        assertEquals("R-AFAS-1", assertThrows(RegleMetierException.class, () -> en(ADMIN_CAF, () -> equipements.enregistrer(organisme,
                new NouvelEquipement("Doublon", TypeEquipement.ALSH, null, null, null, "ALSH-974-01", 10, BigDecimal.ONE)))).getRegle());
        assertThrows(AuthorizationException.class, () -> en(ACTIVITE, () -> equipements.affecter(alsh.id(), ACTIVITE, RoleAfas.FOURNISSEUR_ACTIVITE)));
        assertThrows(AuthorizationException.class, () -> en(SANS_ROLE, () -> equipements.equipementsDe(organisme)));

        for (String nom : List.of("Centre de loisirs Les Tilleuls", "Crèche Les Lutins")) {
            Long id = equipement(nom).id();
            en(APPROBATEUR, () -> equipements.affecter(id, ACTIVITE, RoleAfas.FOURNISSEUR_ACTIVITE));
            en(APPROBATEUR, () -> equipements.affecter(id, FINANCES, RoleAfas.FOURNISSEUR_FINANCIER));
            en(APPROBATEUR, () -> equipements.affecter(id, APPROBATEUR, RoleAfas.APPROBATEUR));
        }
        assertEquals("R-AFAS-1", assertThrows(RegleMetierException.class,
                () -> en(APPROBATEUR, () -> equipements.affecter(alsh.id(), FINANCES, RoleAfas.FOURNISSEUR_ACTIVITE))).getRegle(),
                "not habilitated as activity provider");
        assertEquals("R-AFAS-1", assertThrows(RegleMetierException.class,
                () -> en(APPROBATEUR, () -> equipements.affecter(alsh.id(), SANS_ROLE, RoleAfas.APPROBATEUR))).getRegle());
        assertEquals("R-HAB-4", assertThrows(RegleMetierException.class,
                () -> en(APPROBATEUR, () -> equipements.retirer(alsh.id(), APPROBATEUR, RoleAfas.APPROBATEUR))).getRegle());
        EquipementVue vue = equipement("Centre de loisirs Les Tilleuls");
        assertEquals(1, vue.titulaires(RoleAfas.APPROBATEUR).size());
        assertEquals(List.of(ACTIVITE), vue.titulaires(RoleAfas.FOURNISSEUR_ACTIVITE).stream().map(AffectationVue::identifiant).toList());
        assertEquals(2, en(ACTIVITE, () -> equipements.mesEquipements()).size(), "R-AFAS-3: he reads his équipements");
        assertEquals(0, en(ACTIVITE_2, () -> equipements.mesEquipements()).size(), "not assigned yet");
    }

    @Test
    @Order(3)
    @DisplayName("R-HAB-4 : vingt-quatre affectations simultanées des deux fournisseurs d'activité sur un équipement : exactement deux réussissent, les autres sont refusées en nommant R-HAB-4, jamais une erreur serveur")
    void courseAuxAffectations() throws Exception {
        Long organisme = organismeId();
        EquipementVue course = en(ADMIN_CAF, () -> equipements.enregistrer(organisme, new NouvelEquipement("ALSH de la course",
                TypeEquipement.ALSH, null, null, null, "ALSH-974-99", 20, new BigDecimal("8"))));
        List<Runnable> affectations = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String qui = i % 2 == 0 ? ACTIVITE : ACTIVITE_2;
            affectations.add(() -> equipements.affecter(course.id(), qui, RoleAfas.FOURNISSEUR_ACTIVITE));
        }
        List<String> resultats = enCourse(APPROBATEUR, executeur, "affecte", affectations, Duration.ofMinutes(3));
        assertEquals(2, resultats.stream().filter("affecte"::equals).count(), resultats.toString());
        assertEquals(22, resultats.stream().filter("R-HAB-4"::equals).count(), resultats.toString());
        assertEquals(2, compter("select count(*) from afas_affectation where equipement_id = ?", course.id()));
    }

    @Test
    @Order(4)
    @DisplayName("R-AFAS-2 R-AFAS-3 R-AFAS-4 R-AFAS-5 : chacun sa partie ; un avertissement justifié ; l'approbateur renvoie puis transmet ; ensuite personne ne modifie")
    void duBrouillonALaTransmission() throws Exception {
        Long alsh = equipement("Centre de loisirs Les Tilleuls").id();
        int exercice = DonneesAfasDeTest.exerciceOuvert();
        // The previous year's réel: 45 000 hours; this prévisionnel has 50 000 (+11 %) then 60 000 (+33 %).
        transaction.begin();
        Declaration reel = Declaration.ouvrir(depot.equipement(alsh).orElseThrow(), exercice - 1, NatureDeclaration.REEL, null, ACTIVITE,
                HorlogeDuServeur.maintenant());
        reel.enregistrer(Partie.ACTIVITE, 0, activiteAlsh("25000"), ACTIVITE, HorlogeDuServeur.maintenant());
        reel.enregistrer(Partie.FINANCES, 0, finances(), FINANCES, HorlogeDuServeur.maintenant());
        depot.enregistrer(reel);
        transaction.commit();

        assertThrows(AuthorizationException.class, () -> en(APPROBATEUR, () -> declarations.ouvrir(alsh, exercice,
                NatureDeclaration.PREVISIONNEL, false)), "the approver does not open");
        DeclarationVue d = en(ACTIVITE, () -> declarations.ouvrir(alsh, exercice, NatureDeclaration.PREVISIONNEL, false));
        Long id = d.resume().id();
        assertEquals(StatutDeclaration.A_SAISIR, d.resume().statut());
        assertEquals(exercice - 1, d.exerciceReelPrecedent());
        assertEquals("R-AFAS-2", assertThrows(RegleMetierException.class, () -> en(ACTIVITE, () -> declarations.ouvrir(alsh, exercice,
                NatureDeclaration.PREVISIONNEL, false))).getRegle(), "one per équipement, exercice and kind");

        // R-AFAS-3: each his own part; the financial provider, the approver, a stranger cannot write the activity.
        long va = d.versionActivite();
        long vf = d.versionFinances();
        assertThrows(AuthorizationException.class, () -> en(FINANCES, () -> declarations.enregistrer(id, Partie.ACTIVITE, va, activiteAlsh("30000"))));
        assertThrows(AuthorizationException.class, () -> en(APPROBATEUR, () -> declarations.enregistrer(id, Partie.ACTIVITE, va, activiteAlsh("30000"))));
        assertThrows(AuthorizationException.class, () -> en(ACTIVITE, () -> declarations.enregistrer(id, Partie.FINANCES, vf, finances())));
        assertThrows(AuthorizationException.class, () -> en(SANS_ROLE, () -> declarations.consulter(id)));
        d = en(ACTIVITE, () -> declarations.enregistrer(id, Partie.ACTIVITE, va, activiteAlsh("40000")));
        assertEquals(StatutDeclaration.EN_COURS, d.resume().statut());
        assertTrue(d.versionActivite() > va, "a new version to save from");
        assertEquals(List.of("AFAS-C05"), d.controles().stream().map(ResultatControle::id).toList(), "60 000 h for 45 000 last year");
        d = en(FINANCES, () -> declarations.enregistrer(id, Partie.FINANCES, vf, finances()));
        assertEquals(new BigDecimal("5.00"), d.indicateurs().coutHoraire());
        LigneVue heures = d.lignes(Partie.ACTIVITE).stream().filter(l -> l.poste() == Poste.HEURES_REALISEES_PLUS_6).findFirst().orElseThrow();
        assertEquals(new BigDecimal("25000.00"), heures.reelPrecedent());
        assertEquals(new BigDecimal("60.00"), heures.ecartReelPrecedent());
        DeclarationVue lue = en(APPROBATEUR, () -> declarations.consulter(id));
        assertFalse(lue.peutSaisirActivite() || lue.peutSaisirFinances() || lue.peutApprouver(), "the approver reads, nothing more yet");

        // R-AFAS-4: the warning must be justified before approval.
        ControlesNonSatisfaits refus = assertThrows(ControlesNonSatisfaits.class, () -> en(ACTIVITE, () -> declarations.soumettre(id)));
        assertEquals(List.of("AFAS-C05"), refus.identifiants());
        assertEquals("R-AFAS-4", assertThrows(RegleMetierException.class,
                () -> en(ACTIVITE, () -> declarations.justifier(id, "AFAS-C09", "rien"))).getRegle());
        en(ACTIVITE, () -> declarations.justifier(id, "AFAS-C05", "Ouverture d'une seconde salle en septembre."));
        assertThrows(AuthorizationException.class, () -> en(APPROBATEUR, () -> declarations.soumettre(id)));
        d = en(FINANCES, () -> declarations.soumettre(id));
        assertEquals(StatutDeclaration.A_APPROUVER, d.resume().statut());
        long va2 = d.versionActivite();
        assertEquals("R-AFAS-2", assertThrows(RegleMetierException.class,
                () -> en(ACTIVITE, () -> declarations.enregistrer(id, Partie.ACTIVITE, va2, activiteAlsh("40000")))).getRegle());

        // R-AFAS-5: only the approver; he sends it back with a comment, then transmits.
        assertThrows(AuthorizationException.class, () -> en(ACTIVITE, () -> declarations.transmettre(id)));
        assertThrows(AuthorizationException.class, () -> en(FINANCES, () -> declarations.renvoyer(id, "non")));
        assertEquals("R-AFAS-5", assertThrows(RegleMetierException.class, () -> en(APPROBATEUR, () -> declarations.renvoyer(id, " "))).getRegle());
        d = en(APPROBATEUR, () -> declarations.renvoyer(id, "Précisez les heures des mercredis."));
        assertEquals(StatutDeclaration.EN_COURS, d.resume().statut());
        assertEquals("Précisez les heures des mercredis.", d.commentaire());
        en(ACTIVITE, () -> declarations.soumettre(id));
        d = en(APPROBATEUR, () -> declarations.transmettre(id));
        assertEquals(StatutDeclaration.TRANSMISE, d.resume().statut());
        assertEquals(APPROBATEUR, d.transmisePar());
        long va3 = d.versionActivite();
        long vf3 = d.versionFinances();
        assertEquals("R-AFAS-5", assertThrows(RegleMetierException.class,
                () -> en(ACTIVITE, () -> declarations.enregistrer(id, Partie.ACTIVITE, va3, activiteAlsh("40000")))).getRegle());
        assertEquals("R-AFAS-5", assertThrows(RegleMetierException.class,
                () -> en(FINANCES, () -> declarations.enregistrer(id, Partie.FINANCES, vf3, finances()))).getRegle());
        assertEquals("R-AFAS-5", assertThrows(RegleMetierException.class,
                () -> en(FINANCES, () -> declarations.justifier(id, "AFAS-C05", "après coup"))).getRegle());
        assertEquals("R-AFAS-5", assertThrows(RegleMetierException.class, () -> en(APPROBATEUR, () -> declarations.transmettre(id))).getRegle());

        // R-TRACE-1: every step traced, refusals included.
        for (String action : List.of("AFAS_OUVERTURE_DECLARATION", "AFAS_ENREGISTREMENT_PARTIE", "AFAS_JUSTIFICATION", "AFAS_SOUMISSION",
                "AFAS_RENVOI_FOURNISSEURS", "AFAS_TRANSMISSION", "AFAS_CONSULTATION_DECLARATION")) {
            assertTrue(compter("select count(*) from trace where action = ? and resultat = 'SUCCES'", action) > 0, action);
        }
        assertTrue(compter("select count(*) from trace where action = ? and resultat = 'REFUS'", "AFAS_ENREGISTREMENT_PARTIE") >= 3);
    }

    @Test
    @Order(5)
    @DisplayName("R-AFAS-6 : deux fournisseurs d'activité enregistrent depuis la même version : le second est refusé en français, nomme le premier, et rien du sien n'est écrit")
    void verrouillageOptimiste() {
        Long eaje = equipement("Crèche Les Lutins").id();
        en(APPROBATEUR, () -> equipements.affecter(eaje, ACTIVITE_2, RoleAfas.FOURNISSEUR_ACTIVITE));
        int exercice = DonneesAfasDeTest.exerciceOuvert();
        DeclarationVue d = en(ACTIVITE, () -> declarations.ouvrir(eaje, exercice, NatureDeclaration.PREVISIONNEL, false));
        long lue = d.versionActivite();
        en(ACTIVITE, () -> declarations.enregistrer(d.resume().id(), Partie.ACTIVITE, lue, Map.of(Poste.PLACES, new BigDecimal("30"))));
        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> en(ACTIVITE_2,
                () -> declarations.enregistrer(d.resume().id(), Partie.ACTIVITE, lue, Map.of(Poste.PLACES, new BigDecimal("31")))));
        assertEquals("R-AFAS-6", conflit.getRegle());
        assertTrue(conflit.getMessage().contains(ACTIVITE) && conflit.getMessage().contains("Rechargez"), conflit.getMessage());
        DeclarationVue apres = en(ACTIVITE_2, () -> declarations.consulter(d.resume().id()));
        assertEquals(new BigDecimal("30.00"), apres.lignes(Partie.ACTIVITE).stream().filter(l -> l.poste() == Poste.PLACES)
                .findFirst().orElseThrow().valeur());
        // The financial provider saves beside them: another part, another version.
        en(FINANCES, () -> declarations.enregistrer(d.resume().id(), Partie.FINANCES, d.versionFinances(), finances()));
    }

    @Test
    @Order(6)
    @DisplayName("R-AFAS-10 : un prévisionnel se préremplit du dernier réel ; sans réel précédent, le préremplissage est refusé en le disant")
    void preremplissage() throws Exception {
        Long alsh = equipement("Centre de loisirs Les Tilleuls").id();
        int exercice = DonneesAfasDeTest.exerciceOuvert();
        Long course = equipement("ALSH de la course").id();
        assertEquals("R-AFAS-10", assertThrows(RegleMetierException.class, () -> en(ACTIVITE,
                () -> declarations.ouvrir(course, exercice, NatureDeclaration.PREVISIONNEL, true))).getRegle());
        // A réel two years back, and none last year on a new prévisionnel N+1 is not open: prefill N from N-1 on the EAJE instead.
        transaction.begin();
        Declaration reel = Declaration.ouvrir(depot.equipement(course).orElseThrow(), exercice - 2, NatureDeclaration.REEL, null, ACTIVITE,
                HorlogeDuServeur.maintenant());
        reel.enregistrer(Partie.FINANCES, 0, finances(), FINANCES, HorlogeDuServeur.maintenant());
        depot.enregistrer(reel);
        transaction.commit();
        DeclarationVue d = en(ACTIVITE, () -> declarations.ouvrir(course, exercice, NatureDeclaration.PREVISIONNEL, true));
        assertEquals(new BigDecimal("200000.00"), d.lignes(Partie.FINANCES).stream().filter(l -> l.poste() == Poste.CHARGES_PERSONNEL)
                .findFirst().orElseThrow().valeur());
        assertEquals(StatutDeclaration.A_SAISIR, d.resume().statut());
        assertTrue(en(ACTIVITE, () -> declarations.mesDeclarations()).stream().anyMatch(r -> r.equipementId().equals(alsh)));
    }

    // --- R-AFAS-9: the API, as a partner's software calls it (HTTP Basic) ---------------------

    @Test
    @Order(7)
    @RunAsClient
    @DisplayName("R-AFAS-9 : JSON mal formé, champ inconnu, mauvais type, nombre géant, poste d'une autre partie : 400 problem+json nommant le champ, et rien n'est enregistré")
    void apiRequetesInvalides() {
        long id = declarationEaje();
        JsonObject avant = lire(id);
        long version = avant.getJsonNumber("versionActivite").longValue();
        String chemin = "/api/afas/declarations/" + id + "/activite";
        for (String[] cas : new String[][]{
                {"{\"version\": " + version + ", \"valeurs\": {\"PLACES\": 30", "corps"},
                {"{\"version\": " + version + ", \"valeurs\": {}, \"commentaire\": \"x\"}", "commentaire"},
                {"{\"version\": " + version + ", \"valeurs\": {\"PLACES\": \"trente\"}}", "valeurs.PLACES"},
                {"{\"version\": " + version + ", \"valeurs\": {\"PLACES\": 1e40}}", "valeurs.PLACES"},
                {"{\"version\": " + version + ", \"valeurs\": {\"PLACES\": 30.123}}", "valeurs.PLACES"},
                {"{\"version\": " + version + ", \"valeurs\": {\"CHARGES_ACHATS\": 10}}", "valeurs.CHARGES_ACHATS"},
                {"{\"version\": \"deux\", \"valeurs\": {}}", "version"},
                {"[1, 2]", "corps"}}) {
            HttpResponse<String> r = envoyer("PUT", chemin, ACTIVITE, cas[0]);
            assertEquals(400, r.statusCode(), cas[0] + " → " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
            JsonObject probleme = (JsonObject) Json.createReader(new StringReader(r.body())).read();
            assertEquals(cas[1], probleme.getJsonArray("violations").getJsonObject(0).getString("champ"), r.body());
        }
        assertEquals(version, lire(id).getJsonNumber("versionActivite").longValue(), "nothing saved");
    }

    @Test
    @Order(8)
    @RunAsClient
    @DisplayName("R-AFAS-9 R-AFAS-3 R-AFAS-4 R-AFAS-5 R-AFAS-6 : par l'API, chacun sa partie (403 sinon), version dépassée refusée, soumission refusée avec l'identifiant du contrôle, justification, transmission par l'approbateur seul")
    void apiDuBrouillonALaTransmission() {
        long id = declarationEaje();
        long version = lire(id).getJsonNumber("versionActivite").longValue();
        String activite = "{\"version\": " + version + ", \"valeurs\": {\"JOURS_OUVERTURE\": 220, \"PLACES\": 30, "
                + "\"HEURES_OUVERTURE_JOUR\": 11, \"HEURES_REALISEES_MOINS_6\": 50000, \"HEURES_FACTUREES_MOINS_6\": 55000, "
                + "\"NOMBRE_ENFANTS\": 45}}";
        HttpResponse<String> refus = envoyer("PUT", "/api/afas/declarations/" + id + "/finances", ACTIVITE,
                "{\"version\": 0, \"valeurs\": {}}");
        assertEquals(403, refus.statusCode(), refus.body());
        HttpResponse<String> ok = envoyer("PUT", "/api/afas/declarations/" + id + "/activite", ACTIVITE, activite);
        assertEquals(200, ok.statusCode(), ok.body());
        JsonObject vue = (JsonObject) Json.createReader(new StringReader(ok.body())).read();
        assertTrue(vue.getJsonNumber("versionActivite").longValue() > version);
        assertEquals("AFAS-C09", vue.getJsonArray("controles").getJsonObject(0).getString("id"), ok.body());
        HttpResponse<String> perime = envoyer("PUT", "/api/afas/declarations/" + id + "/activite", ACTIVITE_2, activite);
        assertEquals(422, perime.statusCode(), perime.body());
        assertTrue(perime.body().contains("R-AFAS-6") && perime.body().contains(ACTIVITE), perime.body());

        HttpResponse<String> soumission = envoyer("POST", "/api/afas/declarations/" + id + "/soumission", FINANCES, null);
        assertEquals(422, soumission.statusCode(), soumission.body());
        JsonObject probleme = (JsonObject) Json.createReader(new StringReader(soumission.body())).read();
        assertEquals("R-AFAS-4", probleme.getString("regle"));
        assertEquals("AFAS-C09", probleme.getJsonArray("controles").getString(0), soumission.body());
        assertEquals(200, envoyer("POST", "/api/afas/declarations/" + id + "/justifications", FINANCES,
                "{\"controle\": \"AFAS-C09\", \"texte\": \"Contrats à l'heure arrondis à la demi-journée.\"}").statusCode());
        assertEquals(200, envoyer("POST", "/api/afas/declarations/" + id + "/soumission", FINANCES, null).statusCode());
        assertEquals(403, envoyer("POST", "/api/afas/declarations/" + id + "/transmission", ACTIVITE, null).statusCode());
        HttpResponse<String> transmise = envoyer("POST", "/api/afas/declarations/" + id + "/transmission", APPROBATEUR, null);
        assertEquals(200, transmise.statusCode(), transmise.body());
        assertEquals("TRANSMISE", lire(id).getJsonObject("resume").getString("statut"));
    }

    private static long declarationEaje() {
        return idDeclaration(idEquipement("Crèche Les Lutins"), "PREVISIONNEL");
    }

    private static JsonObject lire(long id) {
        HttpResponse<String> r = Http.get(URI.create(Http.base() + "/api/afas/declarations/" + id), ACTIVITE, DonneesAfasDeTest.MOT_DE_PASSE);
        assertEquals(200, r.statusCode(), r.body());
        return (JsonObject) Http.json(r);
    }

    private static HttpResponse<String> envoyer(String methode, String chemin, String identifiant, String corps) {
        return Http.envoyer(HttpRequest.newBuilder(URI.create(Http.base() + chemin)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(methode, corps == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(corps)),
                identifiant, DonneesAfasDeTest.MOT_DE_PASSE);
    }

    private static long idEquipement(String nom) {
        JsonArray liste = (JsonArray) Http.json(Http.get(URI.create(Http.base() + "/api/afas/equipements"), ACTIVITE,
                DonneesAfasDeTest.MOT_DE_PASSE));
        return liste.getValuesAs(JsonObject.class).stream().filter(e -> e.getString("nom").equals(nom))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static long idDeclaration(long equipement, String nature) {
        JsonArray liste = (JsonArray) Http.json(Http.get(URI.create(Http.base() + "/api/afas/equipements/" + equipement + "/declarations"),
                ACTIVITE, DonneesAfasDeTest.MOT_DE_PASSE));
        return liste.getValuesAs(JsonObject.class).stream().filter(d -> d.getString("nature").equals(nature)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    @Order(9)
    @DisplayName("R-AFAS-4 R-TRACE-1 : l'administrateur de la Caf 974 relève le seuil d'AFAS-C05 sans déploiement : l'enregistrement suivant "
            + "d'une déclaration de sa Caf n'a plus l'avertissement, celui d'une autre Caf l'a toujours ; un partenaire ou l'administrateur "
            + "d'une autre Caf ne peut pas le régler (la permission est nommée) ; un seuil hors bornes ou une version dépassée est refusé "
            + "sans rien écrire ; tout est tracé")
    void seuilsReglesParLaCaf() throws Exception {
        String autreCaf = "975";
        transaction.begin();
        donnees.preparer(autreCaf, "97500000000003");
        transaction.commit();
        int exercice = DonneesAfasDeTest.exerciceOuvert();
        Long ici = alshAvecReel(DonneesAfasDeTest.CAF, SIRET, "ALSH-974-02", exercice);
        Long ailleurs = alshAvecReel(autreCaf, "97500000000003", "ALSH-975-01", exercice);
        // 60 000 hours for 45 000 in last year's réel: +33 %, beyond the national 20 % of AFAS-C05.
        DeclarationVue ouverte = en(ACTIVITE, () -> declarations.ouvrir(ici, exercice, NatureDeclaration.PREVISIONNEL, false));
        Long id = ouverte.resume().id();
        DeclarationVue d = en(ACTIVITE, () -> declarations.enregistrer(id, Partie.ACTIVITE, ouverte.versionActivite(), activiteAlsh("40000")));
        assertTrue(echecs(d).contains("AFAS-C05"), echecs(d).toString());

        ControleCafVue national = c05(ADMIN_CAF, DonneesAfasDeTest.CAF);
        assertEquals(-1, national.version(), "no setting of the Caf yet");
        assertEquals(0, new BigDecimal("20").compareTo(national.seuil()));
        for (String qui : List.of(APPROBATEUR, ACTIVITE, DonneesAfasDeTest.identifiant(ADMIN_CAF, autreCaf))) {
            AuthorizationException refus = assertThrows(AuthorizationException.class, () -> en(qui,
                    () -> reglages.regler(DonneesAfasDeTest.CAF, "AFAS-C05", new BigDecimal("40"), true, -1)), qui);
            assertTrue(refus.getMessage().contains("afas:controles:974"), refus.getMessage());
        }
        assertThrows(AuthorizationException.class, () -> en(ACTIVITE, () -> reglages.controlesDe(DonneesAfasDeTest.CAF)));
        for (String faux : List.of("0", "-3", "1000.5", "12.345")) {
            RegleMetierException e = assertThrows(RegleMetierException.class, () -> en(ADMIN_CAF,
                    () -> reglages.regler(DonneesAfasDeTest.CAF, "AFAS-C05", new BigDecimal(faux), true, -1)), faux);
            assertEquals("R-AFAS-4", e.getRegle());
            assertTrue(e.getMessage().startsWith("R-AFAS-4 : le seuil du contrôle AFAS-C05"), e.getMessage());
        }
        assertEquals("R-AFAS-4", assertThrows(RegleMetierException.class, () -> en(ADMIN_CAF,
                () -> reglages.regler(DonneesAfasDeTest.CAF, "AFAS-C08", BigDecimal.TEN, true, -1))).getRegle(), "AFAS-C08 has no threshold");
        assertEquals(-1, c05(ADMIN_CAF, DonneesAfasDeTest.CAF).version(), "nothing written by the refusals");

        ControleCafVue regle = en(ADMIN_CAF, () -> reglages.regler(DonneesAfasDeTest.CAF, "AFAS-C05", new BigDecimal("40"), true, -1));
        assertTrue(regle.propreALaCaf());
        assertEquals(ADMIN_CAF, regle.modifiePar());
        assertEquals(0, new BigDecimal("40").compareTo(c05(ADMIN_CAF, DonneesAfasDeTest.CAF).seuil()));
        assertEquals(0, new BigDecimal("20").compareTo(regle.seuilNational()), "the national value is unchanged");
        RegleMetierException perime = assertThrows(RegleMetierException.class, () -> en(ADMIN_CAF,
                () -> reglages.regler(DonneesAfasDeTest.CAF, "AFAS-C05", new BigDecimal("30"), true, -1)));
        assertTrue(perime.getMessage().contains(ADMIN_CAF), perime.getMessage());

        // The next save of the Caf 974's declaration answers its threshold; the Caf 975's still the national one.
        long version = en(ACTIVITE, () -> declarations.consulter(id)).versionActivite();
        DeclarationVue apres = en(ACTIVITE, () -> declarations.enregistrer(id, Partie.ACTIVITE, version, activiteAlsh("40001")));
        assertFalse(echecs(apres).contains("AFAS-C05"), echecs(apres).toString());
        String activite975 = DonneesAfasDeTest.identifiant(ACTIVITE, autreCaf);
        DeclarationVue autreOuverte = en(activite975, () -> declarations.ouvrir(ailleurs, exercice, NatureDeclaration.PREVISIONNEL, false));
        DeclarationVue autre = en(activite975, () -> declarations.enregistrer(autreOuverte.resume().id(), Partie.ACTIVITE,
                autreOuverte.versionActivite(), activiteAlsh("40000")));
        assertTrue(echecs(autre).contains("AFAS-C05"), "R-AFAS-4: the Caf 975 keeps the national 20 % " + echecs(autre));

        // Switched off, then back to the national values: this class's later tests see the table as V11 wrote it.
        ControleCafVue eteint = en(ADMIN_CAF, () -> reglages.regler(DonneesAfasDeTest.CAF, "AFAS-C05", new BigDecimal("40"), false, regle.version()));
        assertFalse(eteint.actif());
        en(ADMIN_CAF, () -> reglages.regler(DonneesAfasDeTest.CAF, "AFAS-C05", new BigDecimal("20"), true, eteint.version()));

        assertTrue(compter("select count(*) from trace where action = ? and resultat = 'SUCCES'", "AFAS_REGLAGE_CONTROLE") >= 3);
        assertTrue(compter("select count(*) from trace where action = ? and resultat = 'REFUS'", "AFAS_REGLAGE_CONTROLE") >= 3);
        assertTrue(compter("select count(*) from trace where action = ? and resultat = 'SUCCES'", "AFAS_CONSULTATION_CONTROLES") >= 1);
    }

    /** An ALSH of the Caf's partner (40 places, 10 hours a day), its activity provider, and last year's réel of 45 000 hours. */
    private Long alshAvecReel(String codeCaf, String siret, String dossier, int exercice) throws Exception {
        Long organisme = donnees.organismeId(siret);
        String activite = DonneesAfasDeTest.identifiant(ACTIVITE, codeCaf);
        EquipementVue e = en(DonneesAfasDeTest.identifiant(ADMIN_CAF, codeCaf), () -> equipements.enregistrer(organisme,
                new NouvelEquipement("Centre de loisirs Les Érables", TypeEquipement.ALSH, "4, rue des Érables", codeCaf + "00", "Essai",
                        dossier, 40, new BigDecimal("10"))));
        en(DonneesAfasDeTest.identifiant(APPROBATEUR, codeCaf), () -> equipements.affecter(e.id(), activite, RoleAfas.FOURNISSEUR_ACTIVITE));
        transaction.begin();
        Declaration reel = Declaration.ouvrir(depot.equipement(e.id()).orElseThrow(), exercice - 1, NatureDeclaration.REEL, null, activite,
                HorlogeDuServeur.maintenant());
        reel.enregistrer(Partie.ACTIVITE, 0, activiteAlsh("25000"), activite, HorlogeDuServeur.maintenant());
        depot.enregistrer(reel);
        transaction.commit();
        return e.id();
    }

    private ControleCafVue c05(String qui, String codeCaf) {
        return en(qui, () -> reglages.controlesDe(codeCaf)).stream().filter(c -> c.id().equals("AFAS-C05")).findFirst().orElseThrow();
    }

    private static List<String> echecs(DeclarationVue d) {
        return d.controles().stream().map(ResultatControle::id).toList();
    }

    /** Every mail of this class is delivered before the box closes. */
    @Test
    @Order(10)
    @RunAsClient
    @DisplayName("R-AFAS-5 : chaque étape a prévenu les personnes concernées par courriel (3 soumissions à l'approbateur, un renvoi aux 2 fournisseurs, deux transmissions à 2 et 3 fournisseurs)")
    void courriels() throws Exception {
        try {
            assertTrue(BoiteCourrielDeTest.attendre(10, Duration.ofSeconds(90)), BoiteCourrielDeTest.recus().length + " mails");
            long transmises = java.util.Arrays.stream(BoiteCourrielDeTest.recus()).filter(m -> {
                try {
                    return m.getSubject().startsWith("AFAS : déclaration transmise");
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            assertEquals(5, transmises);
        } finally {
            BoiteCourrielDeTest.arreter();
        }
    }

    private long compter(String sql, Object parametre) throws Exception {
        return LectureSeule.nombre(base, sql, parametre);
    }
}

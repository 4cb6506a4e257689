package org.eden.portail.tableaudebord;

import org.eden.portail.shared.ReferentielDeTest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.TypeOrganisme;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.eden.portail.navigateur.Navigateur;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.eden.portail.shared.ReferentielDeTest.MOT_DE_PASSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Tableau de bord API as each of the six profiles (H2 and PostgreSQL): the rows each sees at
 * each level and régime (R-TDB-4), the reason of an empty table, statistical secrecy (R-TDB-5), the
 * vintage comparison (R-TDB-6), 400/401/403 problem+json, and the ETag that makes a reload a 304.
 * Caf 977 is this class's; its figures are the generator's for March 2024, three themes.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TableauDeBordApiIT {

    static final String CAF = "977";
    static final String AGENT_CAF = "TCA977001";
    static final String AGENT_CNAF = "TCN000977";
    static final String DEPARTEMENT = "DEP977001";
    static final String MSA = "MSA977001";
    static final String MINISTERE = "MIN977001";
    static final String CCMSA = "CEN977001";
    static final String SANS_PROFIL = "SAN977001";
    static final YearMonth MOIS = YearMonth.of(2024, 3);
    static final Set<Theme> THEMES = EnumSet.of(Theme.PERSONNES_COUVERTES, Theme.SYNTHESE_PRESTATIONS_LEGALES, Theme.SITUATION_FAMILIALE);

    @Inject
    PartenairesTdb partenaires;

    @Inject
    EntrepotStatistiques entrepot;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    UserTransaction transaction;

    @Inject
    CubesTdb cubes;

    @Inject
    PrechargementCubes prechargement;

    @Test
    @Order(1)
    @DisplayName("Préalable : la Caf 977, un agent Caf, un agent Cnaf, quatre partenaires habilités chacun à un profil TDB, un utilisateur sans profil, les chiffres de mars 2024 en FR1, FR2, FR6")
    void donnees() throws Exception {
        transaction.begin();
        Caf caf = referentiel.caf(CAF, "Caf d'essai du tableau de bord");
        String hash = HachageMotDePasse.hacher(MOT_DE_PASSE);
        referentiel.agentActif(caf, AGENT_CAF, "Essai", "Caf", RoleCaf.SUPERVISEUR_CAF);
        referentiel.agentCnafActif(AGENT_CNAF, "Essai", "Cnaf", "tcn977@cnaf.test");
        assertEquals(DEPARTEMENT, partenaires.partenaire(caf, "Département du Nord (essai)", TypeOrganisme.CONSEIL_DEPARTEMENTAL,
                "99900000000003", new Adresse("51, rue Gustave Delory", "59000", "Lille"), ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL,
                "Departe", "Dora", "dora@cd977.test", hash));
        assertEquals(MSA, partenaires.partenaire(caf, "MSA Nord-Pas de Calais (essai)", TypeOrganisme.MSA, "99900000010002",
                new Adresse("33, rue du Marché", "62000", "Arras"), ProfilTdb.UTILISATEUR_MSA, "Msaire", "Max", "max@msa977.test", hash));
        assertEquals(MINISTERE, partenaires.partenaire(caf, "Ministère (essai)", TypeOrganisme.MINISTERE, "99900000020001",
                new Adresse("14, avenue Duquesne", "75007", "Paris"), ProfilTdb.AGENT_PARTENAIRE_NATIONAL, "Ministre", "Mia", "mia@min977.test", hash));
        assertEquals(CCMSA, partenaires.partenaire(caf, "CCMSA (essai)", TypeOrganisme.MSA, "99900000030000",
                new Adresse("19, rue de Paris", "93000", "Bobigny"), ProfilTdb.UTILISATEUR_CCMSA, "Centrale", "Cyril", "cyril@ccmsa977.test", hash));
        referentiel.compteActifPersonnel(Utilisateur.partenaire(referentiel.organisme("99900000000003"), SANS_PROFIL, "Sans", "Profil",
                "sans@cd977.test", hash, HorlogeDuServeur.maintenant()));
        GenerateurStatistiques generateur = new GenerateurStatistiques(977);
        for (Millesime millesime : Millesime.values()) {
            List<Statistique> figures = generateur.generer(millesime, MOIS).stream().filter(s -> THEMES.contains(s.theme())).toList();
            entrepot.remplacer(new Chargement(millesime, MOIS, figures.size(), HorlogeDuServeur.maintenant(), "IT", "TableauDeBordApiIT"), figures);
        }
        transaction.commit();
        assertEquals(3, entrepot.chargements().stream().filter(c -> c.mois().equals(MOIS)).count());
    }

    private static String tableau(String theme, String millesime, String niveau, String regime, String statut) {
        return Http.base() + "/api/tableau-de-bord/tableaux/" + theme + "?millesime=" + millesime + "&mois=" + MOIS
                + "&niveau=" + niveau + "&regime=" + regime + (statut == null ? "" : "&statut=" + statut);
    }

    private static JsonObject lire(String qui, String url) {
        HttpResponse<String> reponse = Http.get(URI.create(url), qui, MOT_DE_PASSE);
        assertEquals(200, reponse.statusCode(), qui + " " + url + " : " + reponse.body());
        return Http.json(reponse).asJsonObject();
    }

    private static List<String> codes(JsonObject tableau) {
        return tableau.getJsonArray("lignes").stream().map(l -> l.asJsonObject().getString("code")).toList();
    }

    /** The rows, or the reason: what the R-TDB-4 table says each profile sees. */
    private static String voit(String qui, String theme, String niveau, String regime) {
        JsonObject t = lire(qui, tableau(theme, "FR2", niveau, regime, null));
        if (t.containsKey("motif") && !t.isNull("motif")) {
            assertTrue(codes(t).isEmpty(), t.toString());
            assertTrue(t.getString("motif").startsWith("R-TDB-4 : "), t.toString());
            return "refus";
        }
        List<String> codes = codes(t);
        return codes.size() > 3 ? String.valueOf(codes.size()) : codes.toString();
    }

    @Test
    @Order(2)
    @RunAsClient
    @DisplayName("R-TDB-4, R-TDB-1 : chaque profil × niveau × régime × famille de thèmes par l'API, exactement la table du périmètre")
    void perimetres() {
        String rsa = Theme.PERSONNES_COUVERTES.name();
        String pl = Theme.SYNTHESE_PRESTATIONS_LEGALES.name();
        // profile → CAISSE/CNAF, CAISSE/MSA, DEPARTEMENT/CNAF, DEPARTEMENT/MSA, NATIONAL/CNAF, NATIONAL/MSA, then the same for PL
        String[][] attendu = {
                {AGENT_CAF, "101", "refus", "100", "96", "[FR]", "[FR]", "101", "refus", "100", "96", "[FR]", "[FR]"},
                {AGENT_CNAF, "101", "35", "100", "96", "[FR]", "[FR]", "101", "35", "100", "96", "[FR]", "[FR]"},
                {DEPARTEMENT, "refus", "refus", "[59]", "[59]", "[FR]", "[FR]", "refus", "refus", "refus", "refus", "refus", "refus"},
                {MINISTERE, "101", "35", "100", "96", "[FR]", "[FR]", "refus", "refus", "refus", "refus", "refus", "refus"},
                {MSA, "refus", "[M29]", "refus", "[59, 62]", "refus", "[FR]", "refus", "refus", "refus", "refus", "refus", "refus"},
                {CCMSA, "refus", "35", "refus", "96", "refus", "[FR]", "refus", "refus", "refus", "refus", "refus", "refus"}};
        for (String[] ligne : attendu) {
            int i = 1;
            for (String theme : List.of(rsa, pl)) {
                for (String niveau : List.of("CAISSE", "DEPARTEMENT", "NATIONAL")) {
                    for (String regime : List.of("CNAF", "MSA")) {
                        assertEquals(ligne[i], voit(ligne[0], theme, niveau, regime), ligne[0] + " " + theme + " " + niveau + "/" + regime);
                        i++;
                    }
                }
            }
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("R-TDB-4 : l'offre de l'Agent CAF n'a pas d'interrupteur MSA au niveau caisse ; l'utilisateur MSA n'a que la MSA et pas les prestations légales")
    void offre() {
        String url = Http.base() + "/api/tableau-de-bord/offre";
        JsonObject caf = lire(AGENT_CAF, url);
        assertEquals(List.of("CNAF"), regimes(caf, "RSA", "CAISSE"));
        assertEquals(List.of("CNAF", "MSA"), regimes(caf, "RSA", "DEPARTEMENT"));
        assertEquals(List.of("RSA", "PRESTATIONS_LEGALES"), caf.getJsonArray("familles").getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(caf.getJsonObject("moisParMillesime").getJsonArray("FR6").getValuesAs(jakarta.json.JsonString::getString).contains(MOIS.toString()));
        JsonObject msa = lire(MSA, url);
        assertEquals(List.of("MSA"), regimes(msa, "RSA", "CAISSE"));
        assertEquals(List.of("RSA"), msa.getJsonArray("familles").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(List.of("UTILISATEUR_MSA"), msa.getJsonArray("profils").getValuesAs(jakarta.json.JsonString::getString));
    }

    private static List<String> regimes(JsonObject offre, String famille, String niveau) {
        return offre.getJsonObject("regimesParFamilleEtNiveau").getJsonObject(famille).getJsonArray(niveau)
                .getValuesAs(jakarta.json.JsonString::getString);
    }

    @Test
    @Order(4)
    @RunAsClient
    @DisplayName("R-TDB-5 : les exploitants agricoles de Paris en « secret statistique », sans valeur, et pas un seul secret par somme affichée")
    void secretStatistique() {
        JsonObject t = lire(CCMSA, tableau("PERSONNES_COUVERTES", "FR6", "DEPARTEMENT", "MSA", "EXPLOITANT"));
        JsonObject paris = t.getJsonArray("lignes").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("code").equals("75")).findFirst().orElseThrow();
        JsonObject foyers = paris.getJsonArray("cellules").getJsonObject(0);
        assertTrue(foyers.getBoolean("secret"), foyers.toString());
        assertEquals("secret statistique", foyers.getString("texte"));
        assertTrue(!foyers.containsKey("valeur") || foyers.isNull("valeur"), "no value of a secret cell leaves the server: " + foyers);
        long secrets = t.getJsonArray("lignes").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonArray("cellules").getJsonObject(0).getBoolean("secret")).count();
        assertTrue(secrets >= 2, "a single hidden département would be the national total minus the others: " + secrets);
        assertTrue(t.getString("resume").contains("secret statistique"), t.getString("resume"));
    }

    @Test
    @Order(5)
    @RunAsClient
    @DisplayName("R-TDB-6 : la comparaison FR1 → FR2 → FR6 de mars 2024, révisions de quelques pour cent")
    void comparaison() {
        JsonObject c = lire(AGENT_CNAF, Http.base() + "/api/tableau-de-bord/comparaisons/PERSONNES_COUVERTES?mois=" + MOIS
                + "&niveau=NATIONAL&regime=CNAF&indicateur=FOYERS");
        assertEquals(List.of("FR1", "FR2", "FR6"), c.getJsonArray("millesimes").getValuesAs(jakarta.json.JsonString::getString));
        JsonObject france = c.getJsonArray("lignes").getJsonObject(0);
        JsonArray valeurs = france.getJsonArray("valeurs");
        long fr1 = valeurs.getJsonObject(0).getJsonNumber("valeur").longValue();
        long fr6 = valeurs.getJsonObject(2).getJsonNumber("valeur").longValue();
        assertTrue(fr1 < fr6 && fr6 > 1_700_000, fr1 + " → " + fr6);
        for (JsonValue r : france.getJsonArray("revisions")) {
            double revision = ((jakarta.json.JsonNumber) r).doubleValue();
            assertTrue(revision > 0 && revision < 4, "révision " + revision);
        }
        JsonObject cd = lire(DEPARTEMENT, Http.base() + "/api/tableau-de-bord/comparaisons/PERSONNES_COUVERTES?mois=" + MOIS
                + "&niveau=DEPARTEMENT&regime=CNAF");
        assertEquals(List.of("59", "FR"), cd.getJsonArray("lignes").stream().map(l -> l.asJsonObject().getString("code")).toList());
    }

    @Test
    @Order(6)
    @RunAsClient
    @DisplayName("R-TDB-1 : millésime, mois ou niveau invalide → 400 problem+json en français ; sans profil → 403 ; anonyme → 401")
    void erreurs() {
        for (String[] cas : new String[][]{
                {tableau("PERSONNES_COUVERTES", "FR3", "NATIONAL", "CNAF", null), "millésime est FR1, FR2 ou FR6"},
                {tableau("PERSONNES_COUVERTES", "FR2", "NATIONAL", "CNAF", null).replace(MOIS.toString(), "2024-13"), "AAAA-MM"},
                {tableau("PERSONNES_COUVERTES", "FR2", "REGION", "CNAF", null), "niveau est CAISSE, DEPARTEMENT ou NATIONAL"},
                {tableau("METEO", "FR2", "NATIONAL", "CNAF", null), "Thème inconnu"}}) {
            HttpResponse<String> reponse = Http.get(URI.create(cas[0]), AGENT_CAF, MOT_DE_PASSE);
            assertEquals(400, reponse.statusCode(), cas[0] + " " + reponse.body());
            assertTrue(reponse.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(Http.json(reponse).asJsonObject().getString("detail").contains(cas[1]), reponse.body());
        }
        HttpResponse<String> sans = Http.get(URI.create(tableau("PERSONNES_COUVERTES", "FR2", "NATIONAL", "CNAF", null)), SANS_PROFIL, MOT_DE_PASSE);
        assertEquals(403, sans.statusCode(), sans.body());
        assertTrue(sans.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, Http.get(URI.create(tableau("PERSONNES_COUVERTES", "FR2", "NATIONAL", "CNAF", null))).statusCode());
    }

    @Test
    @Order(7)
    @RunAsClient
    @DisplayName("R-TDB-1 : ETag et Cache-Control privé ; un rechargement avec If-None-Match répond 304 sans corps, et l'ETag dépend de l'appelant")
    void cache() throws Exception {
        String url = tableau("PERSONNES_COUVERTES", "FR2", "DEPARTEMENT", "CNAF", null);
        HttpResponse<String> premier = Http.get(URI.create(url), AGENT_CAF, MOT_DE_PASSE);
        String etag = premier.headers().firstValue("ETag").orElseThrow();
        String cacheControl = premier.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cacheControl.contains("private") && cacheControl.contains("no-cache"), cacheControl);
        HttpResponse<String> second = conditionnel(url, AGENT_CAF, etag);
        assertEquals(304, second.statusCode());
        assertTrue(second.body().isEmpty());
        String autre = Http.get(URI.create(url), DEPARTEMENT, MOT_DE_PASSE).headers().firstValue("ETag").orElseThrow();
        assertFalse(etag.equals(autre), "another scope, another ETag");
        assertEquals(200, conditionnel(url, DEPARTEMENT, etag).statusCode());
        assertNotNull(Http.json(conditionnel(url, DEPARTEMENT, etag)).asJsonObject().getJsonArray("lignes"));
    }

    private static HttpResponse<String> conditionnel(String url, String qui, String etag) throws Exception {
        return Http.envoyer(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("If-None-Match", etag).GET(), qui, MOT_DE_PASSE);
    }

    private static String base() {
        return Http.base();
    }

    /**
     * The choice of a p:selectOneButton. No method of this class names a test-support type in its
     * signature: the class is loaded in the server too, where test-support is absent.
     */
    // A String, not a By: this class is also loaded in the server, where Selenium is not (a
    // method's signature is resolved when JUnit lists the methods; a body only when it runs).
    /** A browser where {@code identifiant} has logged in and sees the tiles of his home page; closed if he does not. */
    private static Navigateur surLesTuiles(String identifiant) {
        Navigateur navigateur = new Navigateur(base());
        try {
            navigateur.seConnecter(identifiant, MOT_DE_PASSE);
            navigateur.attendre(By.id("tuiles"));
            return navigateur;
        } catch (RuntimeException | Error e) {
            navigateur.close();
            throw e;
        }
    }

    private static String niveau(String libelle) {
        return "//*[@id='elisa:niveau']//*[normalize-space(text())='" + libelle + "']";
    }

    @Test
    @Order(8)
    @RunAsClient
    @DisplayName("R-TDB-1, R-TDB-4 : l'Agent CAF a les tuiles des deux tableaux de bord ; au niveau caisse, les Caf sans interrupteur MSA (navigateur)")
    void ecranAgentCaf() {
        try (Navigateur navigateur = surLesTuiles(AGENT_CAF)) {
            String tuiles = navigateur.texte("tuiles");
            assertTrue(tuiles.contains("OFFRE TDB") && tuiles.contains("Elisa – RSA") && tuiles.contains("Prestations légales"), tuiles);
            assertFalse(tuiles.contains("Import des statistiques"), tuiles);
            navigateur.cliquerLien("tuiles", "Elisa – RSA");
            navigateur.attendre(By.id("elisa:themes"));
            assertFalse(navigateur.elements(By.id("elisa:bloc-regime")).isEmpty(), "CNAF/MSA switch at the département level");
            navigateur.cliquer(By.xpath(niveau("Caisse")));
            navigateur.attendreTexte(By.id("elisa:themes"), "Caf – Ain");
            assertTrue(navigateur.elements(By.id("elisa:bloc-regime")).isEmpty(), "R-TDB-4: no MSA switch at the caisse level");
            assertTrue(navigateur.texte("elisa").contains("Régime : CNAF (Caf)"));
            assertTrue(navigateur.texte("elisa:themes").contains("France entière"));
            navigateur.capturer("tdb-agent-caf-caisses");
        }
    }

    @Test
    @Order(9)
    @RunAsClient
    @DisplayName("R-TDB-4 : le conseil départemental voit son seul département, le motif au niveau caisse, pas les prestations légales (navigateur)")
    void ecranConseilDepartemental() {
        try (Navigateur navigateur = surLesTuiles(DEPARTEMENT)) {
            String tuiles = navigateur.texte("tuiles");
            assertTrue(tuiles.contains("Elisa – RSA") && !tuiles.contains("Prestations légales"), tuiles);
            navigateur.cliquerLien("tuiles", "Elisa – RSA");
            String table = navigateur.attendreTexte(By.id("elisa:themes"), "59 – Nord");
            assertFalse(table.contains("62 – Pas-de-Calais"), table);
            assertFalse(table.contains("75 – Paris"), table);
            navigateur.capturer("tdb-conseil-departemental");
            navigateur.cliquer(By.xpath(niveau("Caisse")));
            navigateur.attendreTexte(By.id("elisa:themes"), "ne voit pas le niveau caisse");
            assertFalse(navigateur.texte("elisa:themes").contains("Caf – Nord"));
            navigateur.ouvrir("/tableaudebord/elisa.xhtml?famille=PRESTATIONS_LEGALES");
            assertTrue(navigateur.titre().startsWith("Accès refusé"), navigateur.titre());
        }
    }

    @Test
    @Order(10)
    @RunAsClient
    @DisplayName("R-TDB-4, R-TDB-5 : l'utilisateur MSA voit sa caisse et ses départements, régime MSA seul, statut au choix (navigateur)")
    void ecranMsa() {
        try (Navigateur navigateur = surLesTuiles(MSA)) {
            navigateur.cliquerLien("tuiles", "Elisa – RSA");
            String table = navigateur.attendreTexte(By.id("elisa:themes"), "62 – Pas-de-Calais");
            assertTrue(table.contains("59 – Nord") && !table.contains("27 – Eure"), table);
            assertTrue(navigateur.elements(By.id("elisa:bloc-regime")).isEmpty(), "MSA only: no switch");
            assertTrue(navigateur.texte("elisa").contains("Régime : MSA"));
            assertFalse(navigateur.elements(By.id("elisa:statut")).isEmpty(), "the MSA statut is offered");
            navigateur.cliquer(By.xpath(niveau("Caisse")));
            navigateur.attendreTexte(By.id("elisa:themes"), "MSA Nord-Pas de Calais");
            assertFalse(navigateur.texte("elisa:themes").contains("MSA de Picardie"));
            navigateur.capturer("tdb-msa-caisse");
        }
    }

    private static HttpResponse<String> envoyer(String qui, String url, String csv) throws Exception {
        return Http.envoyer(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)), qui, MOT_DE_PASSE);
    }

    private static boolean charge(String millesime, YearMonth mois) {
        return lire(AGENT_CNAF, Http.base() + "/api/tableau-de-bord/offre").getJsonObject("moisParMillesime").getJsonArray(millesime)
                .getValuesAs(jakarta.json.JsonString::getString).contains(mois.toString());
    }

    @Test
    @Order(11)
    @RunAsClient
    @DisplayName("R-TDB-6 : l'import par l'API refuse un fichier qui contredit ses totaux en nommant les lignes, sans rien charger ; le bon fichier est chargé ; un agent Caf n'importe pas")
    void importParApi() throws Exception {
        YearMonth avril = YearMonth.of(2024, 4);
        List<Statistique> figures = new GenerateurStatistiques(4).generer(Millesime.FR1, avril);
        java.io.StringWriter bon = new java.io.StringWriter();
        FichierStatistiques.ecrire(figures, bon);
        String faux = bon.toString().replaceFirst("(FR1;2024-04;CNAF;;CAISSE;591;PERSONNES_COUVERTES;FOYERS;)(\\d+)", "$11");
        String url = Http.base() + "/api/tableau-de-bord/imports?millesime=FR1&mois=2024-04&fichier=FR1-2024-04.csv";

        HttpResponse<String> refus = envoyer(AGENT_CNAF, url, faux);
        assertEquals(422, refus.statusCode(), refus.body());
        assertTrue(refus.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject probleme = Http.json(refus).asJsonObject();
        assertEquals("R-TDB-6", probleme.getString("regle"));
        JsonArray violations = probleme.getJsonArray("violations");
        assertTrue(violations.stream().anyMatch(v -> v.asJsonObject().getString("message").contains("DEPARTEMENT 59")), violations.toString());
        assertTrue(violations.stream().allMatch(v -> v.asJsonObject().getString("champ").startsWith("ligne ")), violations.toString());
        assertFalse(charge("FR1", avril), "nothing of a refused file is loaded");

        assertEquals(403, envoyer(AGENT_CAF, url, bon.toString()).statusCode());
        assertEquals(422, envoyer(AGENT_CNAF, url.replace("millesime=FR1", "millesime=FR2"), bon.toString()).statusCode(),
                "the file is FR1, the agent announced FR2");

        HttpResponse<String> charge = envoyer(AGENT_CNAF, url, bon.toString());
        assertEquals(200, charge.statusCode(), charge.body());
        assertEquals(figures.size(), Http.json(charge).asJsonObject().getInt("valeursChargees"));
        assertTrue(charge("FR1", avril));
        JsonObject france = lire(AGENT_CNAF, Http.base() + "/api/tableau-de-bord/tableaux/PERSONNES_COUVERTES?millesime=FR1&mois=2024-04&niveau=NATIONAL&regime=CNAF");
        assertEquals(figures.stream().filter(f -> f.regime() == Regime.CNAF && f.niveau() == Niveau.NATIONAL && f.indicateur().equals("FOYERS")
                        && f.theme() == Theme.PERSONNES_COUVERTES).findFirst().orElseThrow().valeur().longValue(),
                france.getJsonArray("lignes").getJsonObject(0).getJsonArray("cellules").getJsonObject(0).getJsonNumber("valeur").longValue());
    }

    @Test
    @Order(12)
    @DisplayName("R-TDB-3 : les cubes du mois importé sont en mémoire avant leur premier lecteur ; le passage du démarrage lit ceux de tous les mois chargés, une seule fois")
    void cubesPrecharges() {
        Chargement avril = entrepot.chargement(Millesime.FR1, YearMonth.of(2024, 4)).orElseThrow();
        // The test before read one of its cubes; the pass that followed the import's commit reads the others.
        await().atMost(Duration.ofMinutes(2)).until(() -> tousEnMemoire(avril));
        // The pass at startup (off on the test servers, which deploy again for every class), run here.
        prechargement.precharger(entrepot.chargements());
        for (Chargement c : entrepot.chargements()) {
            assertTrue(tousEnMemoire(c), c.millesime() + " " + c.mois());
        }
        assertEquals(0, prechargement.precharger(entrepot.chargements()), "a cube in memory is not read again");
    }

    private boolean tousEnMemoire(Chargement c) {
        return Arrays.stream(Theme.values()).allMatch(t -> Arrays.stream(Regime.values())
                .allMatch(r -> cubes.enMemoire(c.millesime(), c.mois(), t, r, c.chargeLe())));
    }
}

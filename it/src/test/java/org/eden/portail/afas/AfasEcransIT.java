package org.eden.portail.afas;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.shared.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.eden.portail.afas.DonneesAfasDeTest.MOT_DE_PASSE;
import static org.eden.portail.afas.DonneesAfasDeTest.identifiant;
import static org.eden.portail.shared.EnTantQue.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AFAS as its three partner roles live it in the browser (H2 and PostgreSQL), the issue's
 * « done when »: the activity provider fills the activity, the financial provider the finances, a
 * warning is justified and the declaration submitted, the approver transmits, and afterwards nobody
 * can change it, on screen or by the API. Caf 976 is this class's (AfasIT has 974). The browser
 * steps are in PilotageAfas, which stays in the test JVM.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AfasEcransIT {

    static final String CAF = "976";
    static final String SIRET = "97600000000001";
    static final String ADMIN_CAF = identifiant(DonneesAfasDeTest.ADMIN_CAF, CAF);
    static final String ACTIVITE = identifiant(DonneesAfasDeTest.ACTIVITE, CAF);
    static final String ACTIVITE_2 = identifiant(DonneesAfasDeTest.ACTIVITE_2, CAF);
    static final String FINANCES = identifiant(DonneesAfasDeTest.FINANCES, CAF);
    static final String APPROBATEUR = identifiant(DonneesAfasDeTest.APPROBATEUR, CAF);
    static final String EQUIPEMENT = "Centre de loisirs Les Hirondelles";

    @Inject
    DonneesAfasDeTest donnees;

    @Inject
    EquipementService equipements;

    @Inject
    DeclarationService declarations;

    @Inject
    UserTransaction transaction;

    @Test
    @Order(1)
    @DisplayName("Préalable : un ALSH de la Caf 976 avec son fournisseur d'activité, son fournisseur financier et son approbateur ; son prévisionnel est ouvert, à saisir")
    void preparer() throws Exception {
        transaction.begin();
        donnees.preparer(CAF, SIRET);
        transaction.commit();
        Long organisme = donnees.organismeId(SIRET);
        if (en(APPROBATEUR, () -> equipements.equipementsDe(organisme)).stream().anyMatch(e -> e.nom().equals(EQUIPEMENT))) {
            return;
        }
        EquipementVue alsh = en(ADMIN_CAF, () -> equipements.enregistrer(organisme, new NouvelEquipement(EQUIPEMENT,
                TypeEquipement.ALSH, "5, rue des Hirondelles", "97600", "Essai", "ALSH-976-01", 20, new BigDecimal("8"))));
        en(APPROBATEUR, () -> equipements.affecter(alsh.id(), ACTIVITE, RoleAfas.FOURNISSEUR_ACTIVITE));
        en(APPROBATEUR, () -> equipements.affecter(alsh.id(), ACTIVITE_2, RoleAfas.FOURNISSEUR_ACTIVITE));
        en(APPROBATEUR, () -> equipements.affecter(alsh.id(), FINANCES, RoleAfas.FOURNISSEUR_FINANCIER));
        en(APPROBATEUR, () -> equipements.affecter(alsh.id(), APPROBATEUR, RoleAfas.APPROBATEUR));
        DeclarationVue d = en(ACTIVITE, () -> declarations.ouvrir(alsh.id(), DonneesAfasDeTest.exerciceOuvert(),
                NatureDeclaration.PREVISIONNEL, false));
        assertEquals(StatutDeclaration.A_SAISIR, d.resume().statut());
    }

    @Test
    @Order(2)
    @RunAsClient
    @DisplayName("R-AFAS-6 : un chiffre tapé puis la page quittée aussitôt (avant l'enregistrement automatique de 3 s) est enregistré, "
            + "et retrouvé en revenant")
    void brouillonEnregistreEnQuittantLaPage() {
        long id = idDeclaration();
        long avant = lire(id).getJsonNumber("versionActivite").longValue();
        try (Navigateur activite = Navigateur.connecte(Http.base(), ACTIVITE, MOT_DE_PASSE)) {
            activite.ouvrir("/afas/declaration.xhtml?id=" + id);
            PilotageAfas.taper(activite, "activite", 2, "20");
            activite.ouvrir("/afas/declarations.xhtml");
            PilotageAfas.attendre(activite, () -> lire(id).getJsonNumber("versionActivite").longValue() > avant,
                    "the draft left behind was not saved");
            activite.ouvrir("/afas/declaration.xhtml?id=" + id);
            assertEquals("20", activite.valeur(PilotageAfas.champ("activite", 2)), "the places typed before leaving");
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("R-AFAS-6 : deux fournisseurs d'activité à l'écran ; le second, refusé, voit ce que le premier a changé face à sa saisie, "
            + "ses enregistrements suivants sont refusés à voix haute (rien d'écrasé, rien d'ignoré en silence) ; il reprend la version "
            + "du premier, reporte son chiffre et l'enregistre")
    void conflitALEcran() {
        long id = idDeclaration();
        String page = "/afas/declaration.xhtml?id=" + id;
        try (Navigateur premier = new Navigateur(Http.base()); Navigateur second = new Navigateur(Http.base())) {
            premier.seConnecter(ACTIVITE, MOT_DE_PASSE);
            second.seConnecter(ACTIVITE_2, MOT_DE_PASSE);
            premier.ouvrir(page);
            second.ouvrir(page);
            PilotageAfas.taper(premier, "activite", 2, "21");
            premier.cliquer("parties:activite:enregistrer");
            premier.attendreTexte("parties:activite:etat", "Brouillon enregistré");
            assertEquals(new BigDecimal("21"), places(id));

            PilotageAfas.taper(second, "activite", 2, "22");
            second.cliquer("parties:activite:enregistrer");
            second.attendreTexte("conflit", "Enregistrement refusé (R-AFAS-6)");
            String ecarts = second.attendreTexte("rechargement:ecarts", "21");
            assertTrue(ecarts.contains("22") && ecarts.contains("Capacité (places)"), "his figure beside the other's: " + ecarts);
            second.verifierAccessibilite();
            second.capturer("afas-ecrans-conflit");
            // Typing on is not dropped in silence: refused aloud, the figure stays on screen, nothing written.
            PilotageAfas.taper(second, "activite", 3, "9");
            second.cliquer("parties:activite:enregistrer");
            PilotageAfas.attendreGrowl(second, "Reprendre sa version");
            assertEquals("22", PilotageAfas.valeur(second, PilotageAfas.champ("activite", 2)));
            assertEquals(new BigDecimal("21"), places(id), "the first one's figure is not overwritten");

            PilotageAfas.reprendreSaVersion(second);
            assertEquals("21", PilotageAfas.valeur(second, PilotageAfas.champ("activite", 2)), "the other's version on screen");
            PilotageAfas.taper(second, "activite", 2, "22");
            second.cliquer("parties:activite:enregistrer");
            second.attendreTexte("parties:activite:etat", "Brouillon enregistré");
            assertEquals(new BigDecimal("22"), places(id), "saved again, from the version he took");
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    @DisplayName("R-AFAS-3 R-AFAS-4 R-AFAS-5 : à l'écran, le fournisseur d'activité puis le fournisseur financier remplissent chacun sa partie, "
            + "un avertissement est justifié, l'approbateur transmet ; ensuite plus personne ne peut modifier (champs en lecture seule, "
            + "actions absentes, enregistrement refusé)")
    void ecrans() {
        long id = idDeclaration();
        String page = "/afas/declaration.xhtml?id=" + id;
        try (Navigateur activite = Navigateur.connecte(Http.base(), ACTIVITE, MOT_DE_PASSE)) {
            activite.ouvrir(page);
            assertTrue(PilotageAfas.lectureSeule(activite, "finances", 0), "R-AFAS-3: the finances are read-only for the activity provider");
            // Days périscolaire, extrascolaire, places, hours a day, hours réalisées and facturées under / over 6, children.
            String[] chiffres = {"140", "60", "20", "8", "10000", "12000", "10000", "12000", "50"};
            for (int ligne = 0; ligne < chiffres.length; ligne++) {
                PilotageAfas.taper(activite, "activite", ligne, chiffres[ligne]);
            }
            activite.cliquer("parties:activite:enregistrer");
            activite.attendreTexte("parties:activite:etat", "Brouillon enregistré");
            PilotageAfas.attendreChiffre(activite, "heuresRealisees", "22\\D000");
            activite.capturer("afas-ecrans-activite");
        }
        try (Navigateur finances = Navigateur.connecte(Http.base(), FINANCES, MOT_DE_PASSE)) {
            finances.ouvrir(page);
            assertTrue(PilotageAfas.lectureSeule(finances, "activite", 0), "R-AFAS-3: the activity is read-only for the financial provider");
            assertEquals("140", finances.valeur(PilotageAfas.champ("activite", 0)), "he reads what the activity provider saved");
            PilotageAfas.ongletFinances(finances);
            // Every line (R-AFAS-2: a part is complete once each line has a figure): staff 100 000 € (line 3) and the reported
            // charges (6), families 120 000 € (7) and the reported produits (18), 0 elsewhere. The totals add up (no AFAS-C04),
            // the families pay more than the cost: warning AFAS-C08.
            for (int ligne = 0; ligne <= 18; ligne++) {
                String chiffre = switch (ligne) {
                    case 3, 6 -> "100000";
                    case 7, 18 -> "120000";
                    default -> "0";
                };
                PilotageAfas.taper(finances, "finances", ligne, chiffre);
            }
            finances.cliquer("parties:finances:enregistrer");
            finances.attendreTexte("parties:finances:etat", "Brouillon enregistré");
            String controles = finances.attendreTexte("controles", "AFAS-C08");
            assertFalse(controles.contains("AFAS-C04"), controles);
            // Written at once, while the autosave of the last figure is still due: it must not be wiped by it.
            PilotageAfas.justifier(finances, "AFAS-C08", "Séjours d'été facturés au coût complet aux familles.");
            finances.cliquer("controles:soumettre");
            finances.attendreTexte("statut", "À approuver");
            finances.capturer("afas-ecrans-soumise");
        }
        try (Navigateur approbateur = Navigateur.connecte(Http.base(), APPROBATEUR, MOT_DE_PASSE)) {
            approbateur.ouvrir(page);
            assertTrue(PilotageAfas.lectureSeule(approbateur, "activite", 0) && PilotageAfas.lectureSeule(approbateur, "finances", 0));
            PilotageAfas.transmettre(approbateur);
            approbateur.capturer("afas-ecrans-transmise");
        }
        for (String qui : List.of(ACTIVITE, FINANCES, APPROBATEUR)) {
            try (Navigateur apres = Navigateur.connecte(Http.base(), qui, MOT_DE_PASSE)) {
                apres.ouvrir(page);
                apres.attendreTexte("statut", "Transmise");
                assertTrue(PilotageAfas.lectureSeule(apres, "activite", 0) && PilotageAfas.lectureSeule(apres, "finances", 0),
                        "R-AFAS-5: read-only for " + qui + " after transmission");
                assertEquals(List.of(), PilotageAfas.actionsPresentes(apres), "R-AFAS-5: no action left for " + qui);
                assertEquals(0, PilotageAfas.boutonsJustifier(apres), "no justification any more for " + qui);
            }
        }
        // And a save sent all the same (by the API, with the version just read) is refused, nothing changed.
        JsonObject lue = lire(id);
        long version = lue.getJsonNumber("versionActivite").longValue();
        HttpResponse<String> refus = envoyer("PUT", "/api/afas/declarations/" + id + "/activite", ACTIVITE,
                "{\"version\": " + version + ", \"valeurs\": {\"PLACES\": 25}}");
        assertEquals(422, refus.statusCode(), refus.body());
        assertTrue(refus.body().contains("R-AFAS-5"), refus.body());
        JsonObject apres = lire(id);
        assertEquals(version, apres.getJsonNumber("versionActivite").longValue(), "nothing saved");
        assertEquals("TRANSMISE", apres.getJsonObject("resume").getString("statut"));
    }

    @Test
    @Order(5)
    @RunAsClient
    @DisplayName("R-AFAS-4 : l'administrateur de la Caf trouve « contrôles de cohérence » dans son menu, change le seuil d'AFAS-C05 dans la "
            + "boîte de dialogue (confirmé), et un seuil nul est refusé en français en nommant la règle")
    void seuilsAlEcran() {
        try (Navigateur admin = Navigateur.connecte(Http.base(), ADMIN_CAF, MOT_DE_PASSE)) {
            admin.ouvrir("/index.xhtml");
            assertTrue(PilotageAfas.dansLeMenu(admin, "/afas/controles.xhtml"), "reachable from the menu");
            admin.ouvrir("/afas/controles.xhtml");
            admin.attendreTexte("controles", "AFAS-C09");
            // The controls by id: AFAS-C05 is the fifth line.
            PilotageAfas.reglerSeuil(admin, 4, "35");
            PilotageAfas.attendreGrowl(admin, "Contrôle AFAS-C05 réglé pour la Caf 976");
            admin.attendreTexte("controles:liste:4:seuil", "35");
            admin.capturer("afas-ecrans-controles");
            PilotageAfas.reglerSeuil(admin, 4, "0");
            PilotageAfas.attendreGrowl(admin, "R-AFAS-4 : le seuil du contrôle AFAS-C05");
            admin.attendreTexte("controles:liste:4:seuil", "35");
        }
    }

    /** The places saved in the activity part, read by the API. */
    private static BigDecimal places(long id) {
        return lire(id).getJsonArray("lignes").getValuesAs(JsonObject.class).stream().filter(l -> l.getString("poste").equals("PLACES"))
                .findFirst().orElseThrow().getJsonNumber("valeur").bigDecimalValue().stripTrailingZeros();
    }

    private static long idDeclaration() {
        JsonArray liste = (JsonArray) Http.json(Http.get(URI.create(Http.base() + "/api/afas/equipements"), ACTIVITE, MOT_DE_PASSE));
        long equipement = liste.getValuesAs(JsonObject.class).stream().filter(e -> e.getString("nom").equals(EQUIPEMENT))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonArray declarations = (JsonArray) Http.json(Http.get(URI.create(Http.base() + "/api/afas/equipements/" + equipement
                + "/declarations"), ACTIVITE, MOT_DE_PASSE));
        return declarations.getValuesAs(JsonObject.class).stream().filter(d -> d.getString("nature").equals("PREVISIONNEL"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static JsonObject lire(long id) {
        HttpResponse<String> r = Http.get(URI.create(Http.base() + "/api/afas/declarations/" + id), ACTIVITE, MOT_DE_PASSE);
        assertEquals(200, r.statusCode(), r.body());
        return (JsonObject) Http.json(r);
    }

    private static HttpResponse<String> envoyer(String methode, String chemin, String identifiant, String corps) {
        return Http.envoyer(HttpRequest.newBuilder(URI.create(Http.base() + chemin)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(methode, HttpRequest.BodyPublishers.ofString(corps)), identifiant, MOT_DE_PASSE);
    }
}

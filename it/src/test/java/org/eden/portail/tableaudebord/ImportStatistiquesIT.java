package org.eden.portail.tableaudebord;

import org.eden.portail.shared.ReferentielDeTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.Noeud;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.File;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import static org.eden.portail.shared.ReferentielDeTest.MOT_DE_PASSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import screen of the Elisa figures (R-TDB-6), as the Cnaf agent uses it: a small file that
 * agrees with its own totals (test resource, six figures of FR6 January 2024) is loaded and the
 * progress bar ends on the report; a file whose national line contradicts the sum of its
 * départements is refused, the line named, nothing loaded. Then the import's state as the
 * database keeps it (migration V16): another node's progress is read here, and this node's imports
 * still « en cours » at its start are found interrompus with their report.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportStatistiquesIT {

    static final String AGENT_CNAF = "TCN000978";

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    SuivisImports suivis;

    @Inject
    UserTransaction transaction;

    @Test
    @Order(1)
    @DisplayName("Préalable : un agent Cnaf, qui seul importe les statistiques")
    void donnees() throws Exception {
        transaction.begin();
        referentiel.agentCnafActif(AGENT_CNAF, "Essai", "Import", "tcn978@cnaf.test");
        transaction.commit();
    }

    private static String fichier(String nom) {
        try {
            return new File(ImportStatistiquesIT.class.getResource("/tableaudebord/" + nom).toURI()).getAbsolutePath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives the file to the upload's input, which PrimeFaces hides behind its button (Selenium
     * sends a path to a hidden file input; it only has to be present). Object, not Navigateur: this
     * class is loaded in the server too, where test-support is absent.
     */
    private static void televerser(Object ecran, String nom) {
        Navigateur navigateur = (Navigateur) ecran;
        navigateur.attendre(By.id("import:fichier"));
        navigateur.pilote().findElement(By.cssSelector("#import\\:fichier input[type=file]")).sendKeys(fichier(nom));
    }

    private static List<String> moisCharges(String millesime) {
        HttpResponse<String> offre = Http.get(URI.create(Http.base() + "/api/tableau-de-bord/offre"), AGENT_CNAF, MOT_DE_PASSE);
        assertEquals(200, offre.statusCode(), offre.body());
        return Http.json(offre).asJsonObject().getJsonObject("moisParMillesime").getJsonArray(millesime)
                .getValuesAs(jakarta.json.JsonString::getString);
    }

    @Test
    @Order(2)
    @RunAsClient
    @DisplayName("R-TDB-6 : l'agent Cnaf importe un fichier cohérent (barre de progression jusqu'au rapport) ; un fichier qui contredit ses totaux est refusé, la ligne nommée, rien chargé (navigateur)")
    void importParLEcran() {
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), AGENT_CNAF, MOT_DE_PASSE)) {
            navigateur.ouvrir("/tableaudebord/import.xhtml");
            navigateur.choisir("import:millesime", "FR6");
            navigateur.saisir("import:mois", "2024-01");
            televerser(navigateur, "FR6-2024-01-coherent.csv");
            String conclusion = navigateur.attendreTexte(By.id("conclusion"), "valeurs chargées");
            assertTrue(conclusion.contains("6 valeurs chargées") && conclusion.contains("FR6 de 2024-01"), conclusion);
            assertTrue(navigateur.texte("import:progression").contains("100"), navigateur.texte("import:progression"));
            assertEquals("Chargé", navigateur.texte("etape"));
            navigateur.capturer("tdb-import-charge");

            navigateur.cliquer(By.xpath("//button[normalize-space(.)='Importer un autre fichier']"));
            navigateur.choisir("import:millesime", "FR6");
            navigateur.saisir("import:mois", "2024-02");
            televerser(navigateur, "FR6-2024-02-contredit-ses-totaux.csv");
            String refus = navigateur.attendreTexte(By.id("conclusion"), "fichier refusé");
            assertTrue(refus.contains("rien n'a été chargé"), refus);
            String lignes = navigateur.texte("import:refus");
            assertTrue(lignes.contains("ligne 6") && lignes.contains("NATIONAL FR = 10860") && lignes.contains("somme des départements"), lignes);
            navigateur.capturer("tdb-import-refuse");
        }
        List<String> fr6 = moisCharges("FR6");
        assertTrue(fr6.contains("2024-01"), fr6.toString());
        assertFalse(fr6.contains("2024-02"), "nothing of the refused file is loaded: " + fr6);
    }

    @Test
    @Order(3)
    @DisplayName("R-TDB-6 : l'état d'un import est en base — la progression d'un import mené par un autre nœud se lit ici ; au démarrage, les imports de ce nœud encore « en cours » sont trouvés interrompus, avec leur rapport")
    void etatEnBase() {
        SuiviImport ailleurs = suivis.nouveau("FR2-2024-05.csv", AGENT_CNAF, "autre-noeud");
        suivis.avancer(ailleurs.getId(), 40, "Lecture des lignes (8000)", 8000);
        SuiviImport ici = suivis.nouveau("FR2-2024-06.csv", AGENT_CNAF, Noeud.nom());
        suivis.avancer(ici.getId(), 60, "Écriture des 21500 valeurs", 21500);

        assertTrue(suivis.interrompre(Noeud.nom()) >= 1, "what ImportsInterrompus does at this node's start");

        SuiviImport interrompu = suivis.suivi(ici.getId()).orElseThrow();
        assertEquals(SuiviImport.Statut.INTERROMPU, interrompu.getStatut());
        assertEquals(100, interrompu.getPourcentage());
        assertTrue(interrompu.getRapport().isInterrompu() && !interrompu.getRapport().isCharge());
        assertEquals(21500, interrompu.getRapport().getLignesLues());
        assertTrue(interrompu.getRapport().getConclusion().contains("interrompu, rien n'a été chargé"), interrompu.getRapport().getConclusion());

        SuiviImport autre = suivis.suivi(ailleurs.getId()).orElseThrow();
        assertEquals(SuiviImport.Statut.EN_COURS, autre.getStatut(), "another node's import is that node's business");
        assertEquals(40, autre.getPourcentage());
        assertEquals("Lecture des lignes (8000)", autre.getEtape());
        assertEquals(8000, autre.getLignesLues());
        suivis.terminer(ailleurs.getId(), new RapportImport("FR2-2024-05.csv", Millesime.FR2, java.time.YearMonth.of(2024, 5), 8000, 0,
                List.of(new CoherenceStatistiques.Refus(12, "R-TDB-6 : ligne 12 (essai)")), 0));
        SuiviImport refuse = suivis.suivi(ailleurs.getId()).orElseThrow();
        assertEquals(SuiviImport.Statut.REFUSE, refuse.getStatut());
        assertEquals(List.of(new CoherenceStatistiques.Refus(12, "R-TDB-6 : ligne 12 (essai)")), refuse.getRapport().getRefus());
    }
}

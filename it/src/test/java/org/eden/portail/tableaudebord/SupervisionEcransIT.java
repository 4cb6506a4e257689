package org.eden.portail.tableaudebord;

import org.eden.portail.shared.ReferentielDeTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.TypeOrganisme;
import org.eden.portail.trace.EvenementTrace;
import org.eden.portail.trace.JournalTraces;
import org.eden.portail.trace.ResultatTrace;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.eden.portail.shared.ReferentielDeTest.MOT_DE_PASSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervision and alerts screens (R-TDB-2, R-TDB-7) in the browser, on H2 and PostgreSQL: each
 * administrateur partenaire sees his organisation's figures and never the other's; the Caf's
 * superviseur sees the planted alert and follows it to the traces of that person and day; another
 * period changes the tables; the exports download. Caf 968 is this class's. The traces are written
 * at the server's time (the screens' default period, the last 30 days, holds them); the other
 * period is fixed (a week of January 2025, before any trace).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionEcransIT {

    static final String CAF = "968";
    static final String PARTENAIRE_A = "ALP968001";
    static final String PARTENAIRE_B = "BRA968001";
    static final String SUPERVISEUR = "SUP968001";
    static final String NOM_A = "Alpha insertion (écrans)";
    static final String NOM_B = "Bravo solidarité (écrans)";
    /** Above the Caf's default threshold of 50 files a day: the planted alert. */
    static final int DOSSIERS_A = 60;

    @Inject
    PartenairesTdb partenaires;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    JournalTraces journal;

    @Inject
    AgregationSupervision agregation;

    @Inject
    UserTransaction transaction;

    @Test
    @Order(1)
    @DisplayName("Préalable : la Caf 968, son superviseur, deux partenaires ; Alpha consulte 60 dossiers aujourd'hui, Bravo deux ; repliés")
    void donnees() throws Exception {
        transaction.begin();
        Caf caf = referentiel.caf(CAF, "Caf d'essai des écrans de supervision");
        String hash = HachageMotDePasse.hacher(MOT_DE_PASSE);
        referentiel.compteActifPersonnel(Utilisateur.agentCaf(caf, SUPERVISEUR, "Essai", "Superviseur", "sup968@caf968.test", hash,
                HorlogeDuServeur.maintenant(), EnumSet.of(RoleCaf.SUPERVISEUR_CAF)));
        assertEquals(PARTENAIRE_A, partenaires.partenaire(caf, NOM_A, TypeOrganisme.CONSEIL_DEPARTEMENTAL, "96800000000008",
                new Adresse("1, rue Alpha", "27000", "Évreux"), ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL, "Alpha", "Alice", "alice@a968.test", hash));
        assertEquals(PARTENAIRE_B, partenaires.partenaire(caf, NOM_B, TypeOrganisme.CONSEIL_DEPARTEMENTAL, "96800000010007",
                new Adresse("2, rue Bravo", "27000", "Évreux"), ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL, "Bravo", "Bruno", "bruno@b968.test", hash));
        transaction.commit();

        tracer(PARTENAIRE_A, "CONNEXION", "UTILISATEUR", PARTENAIRE_A, null);
        for (int i = 0; i < DOSSIERS_A; i++) {
            tracer(PARTENAIRE_A, "CDAP_RECHERCHE", "DOSSIER_ALLOCATAIRE", CAF + "/" + (3000 + i), "profil=T2");
        }
        tracer(PARTENAIRE_B, "CONNEXION", "UTILISATEUR", PARTENAIRE_B, null);
        tracer(PARTENAIRE_B, "CDAP_RECHERCHE", "DOSSIER_ALLOCATAIRE", CAF + "/4001", "profil=T2");
        tracer(PARTENAIRE_B, "CDAP_RECHERCHE", "DOSSIER_ALLOCATAIRE", CAF + "/4002", "profil=T2");
        agregation.rattraper();
    }

    private void tracer(String qui, String action, String cibleType, String cible, String detail) {
        journal.enregistrerDansNouvelleTransaction(new EvenementTrace(action, cibleType, cible, ResultatTrace.SUCCES, detail, qui,
                "ecran-" + qui));
    }

    @Test
    @Order(2)
    @RunAsClient
    @DisplayName("R-TDB-2 : chaque administrateur partenaire voit les chiffres de son organisme, jamais ceux de l'autre")
    void chaquePartenaireSonOrganisme() {
        for (String[] cas : new String[][]{{PARTENAIRE_A, NOM_A, NOM_B, String.valueOf(DOSSIERS_A)}, {PARTENAIRE_B, NOM_B, NOM_A, "2"}}) {
            try (Navigateur navigateur = Navigateur.connecte(Http.base(), cas[0], MOT_DE_PASSE)) {
                navigateur.ouvrir("/tableaudebord/supervision.xhtml");
                String organismes = navigateur.attendreTexte(By.id("supervision:table-organismes"), cas[1]);
                assertFalse(organismes.contains(cas[2]), cas[0] + " sees another organisation: " + organismes);
                assertTrue(navigateur.texte("resume-activite").contains(cas[3] + " dossier(s) CDAP ouvert(s)"),
                        navigateur.texte("resume-activite"));
                assertTrue(navigateur.texte("perimetre").startsWith("Périmètre : organisme "), navigateur.texte("perimetre"));
            }
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("R-TDB-7 : le superviseur de la Caf voit l'alerte d'Alpha et suit son lien jusqu'aux traces de cette personne ce jour-là")
    void alerteVersLesTraces() {
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), SUPERVISEUR, MOT_DE_PASSE)) {
            navigateur.ouvrir("/tableaudebord/alertes.xhtml");
            String alertes = navigateur.attendreTexte(By.id("alertes:table-alertes"), PARTENAIRE_A);
            assertTrue(alertes.contains("au-delà du seuil de 50"), alertes);

            List<Object> csv = navigateur.telecharger("alertes", "alertes:csv");
            assertEquals(200L, ((Number) csv.get(0)).longValue(), csv.toString());
            assertTrue(String.valueOf(csv.get(1)).startsWith("text/csv"), csv.toString());
            assertTrue(String.valueOf(csv.get(3)).contains(PARTENAIRE_A), csv.toString());
            List<Object> xlsx = navigateur.telecharger("alertes", "alertes:xlsx");
            assertEquals(200L, ((Number) xlsx.get(0)).longValue(), xlsx.subList(0, 3).toString());
            assertTrue(String.valueOf(xlsx.get(3)).startsWith("PK"), "an XLSX file is a zip archive");

            navigateur.cliquerEtAttendrePage(By.cssSelector("a[title^='Les traces de " + PARTENAIRE_A + "']"));
            String adresse = navigateur.attendreUrl("/trace/traces.xhtml");
            assertTrue(adresse.contains("identifiant=" + PARTENAIRE_A), adresse);
            assertEquals(PARTENAIRE_A, navigateur.valeur("traces:identifiant"));
            String jour = adresse.replaceAll(".*[?&]du=(\\d{4}-\\d{2}-\\d{2}).*", "$1");
            LocalDate le = LocalDate.parse(jour);
            assertEquals(String.format("%02d/%02d/%04d", le.getDayOfMonth(), le.getMonthValue(), le.getYear()), navigateur.valeur("traces:du_input"));
            String traces = navigateur.attendreTexte(By.id("traces:liste"), "CDAP_RECHERCHE");
            assertTrue(traces.contains(PARTENAIRE_A) && !traces.contains(PARTENAIRE_B), traces);
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    @DisplayName("R-TDB-2 : le superviseur change la période et les tableaux changent ; les exports CSV et Excel se téléchargent")
    void periodeEtExports() {
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), SUPERVISEUR, MOT_DE_PASSE)) {
            navigateur.ouvrir("/tableaudebord/supervision.xhtml");
            String organismes = navigateur.attendreTexte(By.id("supervision:table-organismes"), NOM_A);
            assertTrue(organismes.contains(NOM_B) && organismes.contains(String.valueOf(DOSSIERS_A)), organismes);
            assertTrue(navigateur.texte("resume-activite").contains((DOSSIERS_A + 2) + " dossier(s) CDAP ouvert(s)"),
                    navigateur.texte("resume-activite"));

            List<Object> csv = navigateur.telecharger("supervision", "supervision:csv-organismes");
            assertEquals(200L, ((Number) csv.get(0)).longValue(), csv.toString());
            assertTrue(String.valueOf(csv.get(1)).startsWith("text/csv"), csv.toString());
            assertTrue(String.valueOf(csv.get(3)).contains(NOM_A) && String.valueOf(csv.get(3)).contains(String.valueOf(DOSSIERS_A)), csv.toString());
            List<Object> xlsx = navigateur.telecharger("supervision", "supervision:xlsx-activite");
            assertEquals(200L, ((Number) xlsx.get(0)).longValue(), xlsx.subList(0, 3).toString());
            assertTrue(String.valueOf(xlsx.get(1)).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    xlsx.subList(0, 3).toString());
            assertTrue(String.valueOf(xlsx.get(3)).startsWith("PK"), "an XLSX file is a zip archive");

            // A fixed week of January 2025, before any trace of this Caf: one row per day, nothing consulted.
            navigateur.choisirDate("supervisionDu", "supervision:du", 2025, 1, 6);
            navigateur.choisirDate("supervisionAu", "supervision:au", 2025, 1, 12);
            navigateur.cliquer(By.cssSelector("label[for='supervision:granularite:0']"));
            navigateur.cliquer("supervision:afficher");
            navigateur.attendreFinAjax();
            String activite = navigateur.attendreTexte(By.id("supervision:table-activite"), "2025-01-06");
            assertTrue(activite.contains("2025-01-12"), activite);
            assertEquals("Du 2025-01-06 au 2025-01-12 : 0 connexion(s), dont 0 à la CDAP, et 0 dossier(s) CDAP ouvert(s) ;"
                    + " période la plus active : 2025-01-06 (0 connexion(s)).", navigateur.attendreTexte(By.id("resume-activite"), "2025-01-06"));
            String vide = navigateur.texte("supervision:table-organismes");
            assertFalse(vide.contains(String.valueOf(DOSSIERS_A)), "the other period's files are gone: " + vide);
            List<Object> csvVide = navigateur.telecharger("supervision", "supervision:csv-activite");
            assertTrue(String.valueOf(csvVide.get(3)).contains("2025-01-06"), "the export follows the period shown: " + csvVide);
        }
    }
}

package org.eden.portail.convention;

import org.eden.portail.shared.PilotageCompte;
import org.eden.portail.shared.ReferentielDeTest;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.BoiteCourrielDeTest;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.LectureSeule;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.eden.portail.shared.BoiteCourrielDeTest.premier;
import static org.eden.portail.shared.BoiteCourrielDeTest.texte;
import static org.eden.portail.convention.DonneesEcransDeTest.ADMINISTRATEUR;
import static org.eden.portail.convention.DonneesEcransDeTest.MOT_DE_PASSE;
import static org.eden.portail.convention.DonneesEcransDeTest.SUPERVISEUR;
import static org.eden.portail.convention.DonneesEcransDeTest.VERIFICATEUR;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole conventionnement of a new partner in a real browser (R-CONV-1, R-CONV-3, R-CONV-4,
 * R-AUTH-2): an administrateur Caf creates the partner (a wrong SIRET key is refused first) and
 * records its convention with a CDAP bulletin, submits it; another agent, vérificateur, validates
 * it from his queue "À vérifier"; the superviseur reads it without any action; the partner's
 * administrator receives his identifier and his provisional password in two separate mails and
 * logs in for the first time. Screenshots are kept in it/target/captures.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConventionsEcransIT {

    static final Pattern MOT_DE_PASSE_RECU = Pattern.compile("mot de passe provisoire pour le portail Mon Compte Partenaire : (\\S+)");
    static final Pattern IDENTIFIANT_RECU = Pattern.compile("Votre identifiant : (\\S+)");

    /** Names and numbers of this run: from the clock, so that a kept database never collides. */
    private static final long RANG = Instant.now().getEpochSecond() % 1_000_000_000L;
    private static final String PARTENAIRE = "CCAS des écrans " + RANG;
    private static final String SIRET = ReferentielDeTest.siret("9941" + String.format("%09d", RANG));
    private static final String EMAIL_ADMINISTRATEUR = "nina.nouveau" + RANG + "@ccas994.test";
    private static final String NOUVEAU_MOT_DE_PASSE = "Azur#Prairie2027";

    private static String conventionUrl;

    @Inject
    DonneesEcransDeTest donnees;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    UserTransaction transaction;

    // In the server before the browser tests that log in with these accounts: @BeforeAll runs in the
    // test JVM only, and a @BeforeEach would run there too, before the @RunAsClient tests.
    @Test
    @Order(1)
    @DisplayName("Préalable : l'administrateur, le vérificateur et le superviseur de la Caf 994 existent, actifs, avec leur profil et les règles d'usage acceptées")
    void preparer() throws Exception {
        transaction.begin();
        donnees.preparer();
        transaction.commit();

        LectureSeule.verifier(transaction, () -> {
            for (String[] agent : new String[][]{{ADMINISTRATEUR, "ADMINISTRATEUR_CAF"}, {VERIFICATEUR, "VERIFICATEUR_CAF"},
                    {SUPERVISEUR, "SUPERVISEUR_CAF"}}) {
                Utilisateur u = referentiel.verifierActif(agent[0]);
                assertEquals(DonneesEcransDeTest.CAF, u.getCaf().getCode(), agent[0]);
                assertEquals(Set.of(RoleCaf.valueOf(agent[1])), u.getRolesCaf(), agent[0]);
            }
        });
    }

    @Test
    @Order(2)
    @RunAsClient
    @DisplayName("R-CONV-1, R-CONV-3 : l'administrateur Caf crée le partenaire (clé SIRET vérifiée), enregistre sa convention avec un bulletin CDAP (une adresse mal formée refusée au champ, R-HAB-9) et la soumet")
    void administrateurEnregistreEtSoumet() {
        BoiteCourrielDeTest.demarrer();
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), ADMINISTRATEUR, MOT_DE_PASSE)) {
            String tuiles = navigateur.texte("tuiles");
            assertTrue(tuiles.contains("Conventions") && tuiles.contains("Partenaires"), tuiles);
            assertFalse(tuiles.contains("À vérifier"), "the queue is the vérificateurs'");

            navigateur.cliquerLien("tuiles", "Partenaires");
            navigateur.cliquerLien("contenu", "Enregistrer un partenaire");
            navigateur.saisir("partenaire:nom", PARTENAIRE);
            navigateur.choisir("partenaire:type", "CCAS / CIAS");
            String mauvaiseCle = SIRET.substring(0, 13) + (char) ('0' + (SIRET.charAt(13) - '0' + 1) % 10);
            navigateur.saisir("partenaire:siret", mauvaiseCle);
            navigateur.saisir("partenaire:codePostal", "99400");
            navigateur.saisir("partenaire:commune", "Essai");
            navigateur.cliquer("partenaire:enregistrer");
            String refus = navigateur.attendreTexte(By.id("partenaire:messages"), "R-CONV-1");
            assertTrue(refus.contains("Luhn"), refus);
            navigateur.capturer("conventions-1-partenaire-siret-refuse");
            navigateur.saisir("partenaire:siret", SIRET);
            navigateur.cliquer("partenaire:enregistrer");
            navigateur.attendreTexte(By.id("liste:partenaires"), PARTENAIRE);

            navigateur.ouvrir("/convention/nouvelle-convention.xhtml");
            navigateur.choisir("nouvelle:organisme", PARTENAIRE);
            navigateur.choisirDate("dateDebut", "nouvelle:dateDebut", 2027, 1, 1);
            navigateur.saisir("nouvelle:administrateur-nom", "Nouveau");
            navigateur.saisir("nouvelle:administrateur-prenom", "Nina");
            // R-HAB-9 at the field: an address without a domain is refused before anything is recorded.
            navigateur.saisir("nouvelle:administrateur-email", "nina.nouveau@ccas994");
            navigateur.saisir("nouvelle:administrateur-telephone", "01 02 03 04 05");
            navigateur.saisir(By.cssSelector("[data-quota='CDAP-T2-demande']"), "6");
            navigateur.saisir(By.cssSelector("[data-quota='CDAP-T2-accorde']"), "5");
            navigateur.cliquer("nouvelle:soumettre");
            String adresseRefusee = navigateur.attendreTexte(By.id("nouvelle:messages"), "R-HAB-9");
            assertTrue(adresseRefusee.contains("Administrateur partenaire"), adresseRefusee);
            navigateur.saisir("nouvelle:administrateur-email", EMAIL_ADMINISTRATEUR);
            navigateur.capturer("conventions-2-formulaire");
            navigateur.cliquer("nouvelle:soumettre");
            if (!navigateur.affiche(By.id("statut"), "À vérifier")) {
                navigateur.capturer("conventions-2-formulaire-refuse");
                fail("not submitted: " + navigateur.texte("nouvelle:messages"));
            }
            conventionUrl = navigateur.url().substring(navigateur.url().indexOf("/convention/"));
            assertTrue(navigateur.texte("onglets").contains("Contrat"));
            navigateur.capturer("conventions-3-soumise");

            navigateur.ouvrir("/convention/conventions.xhtml");
            navigateur.saisir("liste:conventions:globalFilter", SIRET);
            navigateur.attendreTexte(By.id("liste:conventions"), PARTENAIRE);
            navigateur.capturer("conventions-4-liste-filtree");
            List<Object> csv = navigateur.telecharger("liste", "liste:conventions:export-csv");
            assertEquals(200L, ((Number) csv.get(0)).longValue(), csv.toString());
            assertTrue(String.valueOf(csv.get(1)).startsWith("text/csv"), csv.toString());
            assertTrue(String.valueOf(csv.get(3)).contains(PARTENAIRE) && String.valueOf(csv.get(3)).contains("À vérifier"),
                    "R-CONV-9: the CSV holds the filtered rows: " + csv);
            List<Object> xlsx = navigateur.telecharger("liste", "liste:conventions:export-xlsx");
            assertEquals(200L, ((Number) xlsx.get(0)).longValue(), xlsx.subList(0, 3).toString());
            assertTrue(String.valueOf(xlsx.get(1)).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    xlsx.subList(0, 3).toString());
            assertTrue(String.valueOf(xlsx.get(3)).startsWith("PK"), "an XLSX file is a zip archive (POI in the WAR)");
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("R-CONV-3, R-CONV-4 : un vérificateur (un autre agent) la trouve dans « À vérifier » et la valide")
    void verificateurValide() {
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), VERIFICATEUR, MOT_DE_PASSE)) {
            navigateur.cliquerLien("tuiles", "À vérifier");
            navigateur.attendreTexte(By.id("file:a-verifier"), PARTENAIRE);
            navigateur.capturer("conventions-5-a-verifier");
            navigateur.cliquer(By.xpath("//tr[td[contains(., '" + PARTENAIRE + "')]]//button[contains(@id, ':valider')]"));
            navigateur.cliquer(By.id("file:confirmer-oui"));
            navigateur.attendreTexte(By.cssSelector(".ui-growl"), "validée");
            navigateur.capturer("conventions-6-validee");

            navigateur.ouvrir(conventionUrl);
            assertEquals("Active", navigateur.texte("statut"));
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    @DisplayName("§2 : le superviseur lit la convention, historique compris, sans aucun bouton d'action")
    void superviseurLit() {
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), SUPERVISEUR, MOT_DE_PASSE)) {
            navigateur.ouvrir(conventionUrl);
            assertTrue(navigateur.texte("actions:lecture-seule").contains("Consultation seule"));
            assertTrue(navigateur.source().contains("Historique"));
            for (String action : List.of("suspendre", "cloturer", "modifier-quota", "valider", "soumettre")) {
                assertTrue(navigateur.elements(By.id("actions:" + action)).isEmpty(), action);
            }
            navigateur.capturer("conventions-7-superviseur");
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    @DisplayName("R-CONV-4, R-AUTH-2 : l'administrateur du partenaire reçoit identifiant et mot de passe dans deux courriels séparés et se connecte pour la première fois")
    void premiereConnexionDuPartenaire() throws Exception {
        List<String> textes;
        try {
            textes = courrielsPour(EMAIL_ADMINISTRATEUR, 2, Duration.ofSeconds(60));
        } finally {
            BoiteCourrielDeTest.arreter();
        }
        assertEquals(2, textes.size(), "two mails, no more");
        String courrielIdentifiant = textes.stream().filter(t -> IDENTIFIANT_RECU.matcher(t).find()).findFirst().orElseThrow();
        String courrielMotDePasse = textes.stream().filter(t -> MOT_DE_PASSE_RECU.matcher(t).find()).findFirst().orElseThrow();
        String identifiant = premier(IDENTIFIANT_RECU, courrielIdentifiant);
        String provisoire = premier(MOT_DE_PASSE_RECU, courrielMotDePasse);
        assertTrue(identifiant.startsWith("NOU994"), "R-HAB-1: " + identifiant);
        assertFalse(courrielIdentifiant.contains(provisoire), "the identifier's mail holds no password");
        assertFalse(courrielMotDePasse.contains(identifiant), "the password's mail holds no identifier");

        try (Navigateur navigateur = Navigateur.connecte(Http.base(), identifiant, provisoire)) {
            navigateur.attendreUrl("/compte/regles-usage.xhtml");
            navigateur.capturer("conventions-8-partenaire-regles");
            PilotageCompte.accepterReglesEtChangerMotDePasse(navigateur, provisoire, NOUVEAU_MOT_DE_PASSE);
            assertEquals("Bienvenue : c'est votre première connexion au portail.", navigateur.texte("derniere-connexion"));
            assertEquals("Nina Nouveau", navigateur.texte("utilisateur-connecte"));
            assertFalse(navigateur.texte("tuiles").contains("Conventions"), "a partner sees no back office");
            navigateur.capturer("conventions-9-partenaire-accueil");
        }
    }

    /**
     * The plain texts of the mails sent to this address (other tests' mails are ignored), once
     * {@code nombre} have arrived and no other has come for two seconds more.
     */
    private static List<String> courrielsPour(String adresse, int nombre, Duration delai) {
        await(nombre + " mails to " + adresse).atMost(delai).until(() -> recus(adresse).size() >= nombre);
        return await("no extra mail to " + adresse).during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> recus(adresse), recus -> recus.size() == nombre);
    }

    private static List<String> recus(String adresse) throws Exception {
        List<String> textes = new ArrayList<>();
        for (MimeMessage message : BoiteCourrielDeTest.recus()) {
            Address[] destinataires = message.getAllRecipients();
            if (destinataires != null && Arrays.stream(destinataires).anyMatch(d -> d.toString().equalsIgnoreCase(adresse))) {
                textes.add(texte(message));
            }
        }
        return textes;
    }
}

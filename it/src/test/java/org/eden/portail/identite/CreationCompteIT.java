package org.eden.portail.identite;

import org.eden.portail.navigateur.Navigateur;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import org.eden.portail.shared.BoiteCourrielDeTest;
import org.eden.portail.shared.Http;
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
import java.util.Arrays;
import java.util.regex.Pattern;

import static org.eden.portail.shared.BoiteCourrielDeTest.premier;
import static org.eden.portail.shared.BoiteCourrielDeTest.texte;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Create a user account" end to end: the service generates the identifier and a provisional
 * password, two separate mails reach a real SMTP server (GreenMail in the test JVM), and the
 * person logs in with what the mails say, landing on his first-login steps. Then "mot de passe
 * oublié" sends a new provisional password to the same person.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CreationCompteIT {

    static final String EMAIL = "amelie.lefevre@essai998.test";
    static final Pattern MOT_DE_PASSE = Pattern.compile("mot de passe provisoire pour le portail Mon Compte Partenaire : (\\S+)");
    static final Pattern IDENTIFIANT = Pattern.compile("Votre identifiant : (\\S+)");

    /** Client side: what the mails said, for the browser steps. */
    private static String identifiantRecu;
    private static String motDePasseRecu;

    @Inject
    CompteService comptes;

    @Inject
    IdentiteService identite;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    ComptesDeTest donnees;

    @Inject
    UserTransaction transaction;

    static String base() {
        return Http.base();
    }

    /** In the test JVM (JUnit 5 Arquillian runs @BeforeAll on the client only): the relay the server sends to. */
    @BeforeAll
    static void boiteOuverte() {
        BoiteCourrielDeTest.demarrer();
    }

    @Test
    @Order(2)
    @DisplayName("R-HAB-1, R-HAB-9 : créer un compte génère l'identifiant ; un second appel pour la même personne ne crée rien")
    void creation() throws Exception {
        transaction.begin();
        Long organisme = donnees.organisme().getId();
        transaction.commit();

        CompteCree cree = comptes.creerComptePartenaire(organisme, "Lefèvre", "Amélie", EMAIL);
        assertTrue(cree.nouveau());
        assertTrue(cree.identifiant().matches("LEF998\\d{3}"), cree.identifiant());
        Utilisateur compte = utilisateurs.parIdentifiant(cree.identifiant()).orElseThrow();
        assertEquals(StatutCompte.PROVISOIRE, compte.getStatut(), "R-PWD-2: a new account starts provisional");

        CompteCree encore = comptes.creerComptePartenaire(organisme, "Lefèvre", "Amélie", EMAIL.toUpperCase());
        assertFalse(encore.nouveau(), "R-HAB-9: no new credentials for an existing account of the organisation");
        assertEquals(cree.identifiant(), encore.identifiant());

        RegleMetierException sansCourriel = assertThrows(RegleMetierException.class,
                () -> comptes.creerComptePartenaire(organisme, "Sans", "Adresse", "pas-une-adresse"));
        assertEquals("R-HAB-9", sansCourriel.getRegle());
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("R-HAB-9 : deux courriels séparés, l'un avec l'identifiant, l'autre avec le mot de passe provisoire")
    void deuxCourrielsSepares() throws Exception {
        assertTrue(BoiteCourrielDeTest.attendre(2, Duration.ofSeconds(30)), "two mails");
        assertFalse(BoiteCourrielDeTest.attendre(3, Duration.ofSeconds(2)), "and only two: the second call sent nothing");
        MimeMessage[] recus = BoiteCourrielDeTest.recus();
        String courrielIdentifiant = Arrays.stream(recus).map(BoiteCourrielDeTest::texte)
                .filter(t -> IDENTIFIANT.matcher(t).find()).findFirst().orElseThrow();
        String courrielMotDePasse = Arrays.stream(recus).map(BoiteCourrielDeTest::texte)
                .filter(t -> MOT_DE_PASSE.matcher(t).find()).findFirst().orElseThrow();
        identifiantRecu = premier(IDENTIFIANT, courrielIdentifiant);
        motDePasseRecu = premier(MOT_DE_PASSE, courrielMotDePasse);
        assertFalse(courrielIdentifiant.contains(motDePasseRecu), "the identifier's mail holds no password");
        assertFalse(courrielMotDePasse.contains(identifiantRecu), "the password's mail holds no identifier");
        for (MimeMessage recu : recus) {
            assertEquals(EMAIL, recu.getAllRecipients()[0].toString());
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    @DisplayName("R-AUTH-2 : avec ce que disent les deux courriels, la personne se connecte et arrive aux règles d'usage")
    void connexionAvecLesCourriels() {
        try (Navigateur navigateur = Navigateur.connecte(base(), identifiantRecu, motDePasseRecu)) {
            navigateur.attendreUrl("/compte/regles-usage.xhtml");
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    @DisplayName("R-PWD-6 : « mot de passe oublié » envoie un nouveau mot de passe provisoire, sans rien révéler à l'écran")
    void motDePasseOublie() throws Exception {
        BoiteCourrielDeTest.demarrer();
        try (Navigateur navigateur = new Navigateur(base())) {
            navigateur.ouvrir("/login.xhtml");
            navigateur.cliquerEtAttendrePage("lien-oubli");
            navigateur.saisir("oubli:identifiant", "INCONNU998");
            navigateur.saisir("oubli:email", EMAIL);
            navigateur.cliquerEtAttendrePage("oubli:envoyer");
            String reponseInconnu = navigateur.texte("confirmation");

            navigateur.ouvrir("/mot-de-passe-oublie.xhtml");
            navigateur.saisir("oubli:identifiant", identifiantRecu);
            navigateur.saisir("oubli:email", EMAIL);
            navigateur.cliquerEtAttendrePage("oubli:envoyer");
            assertEquals(reponseInconnu, navigateur.texte("confirmation"), "the same answer whether the account exists or not");

            assertTrue(BoiteCourrielDeTest.attendre(1, Duration.ofSeconds(30)));
            String nouveau = premier(Pattern.compile("(?s)mot de passe provisoire.*?: (\\S+)"),
                    texte(BoiteCourrielDeTest.recus()[0]));
            navigateur.seConnecter(identifiantRecu, nouveau);
            navigateur.attendreUrl("/compte/regles-usage.xhtml");
        } finally {
            BoiteCourrielDeTest.arreter();
        }
    }

    /** The plain-text part of a multipart/alternative mail. */
}

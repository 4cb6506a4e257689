package org.eden.portail.accessibilite;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.eden.portail.cdap.DossiersDemo;
import org.eden.portail.cdap.GenerateurDossiers;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.StatutCompte;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.Deploiement;
import org.eden.portail.shared.Horloge;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.Siret;
import org.eden.portail.shared.TypeOrganisme;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The main flows with the keyboard alone (RGAA 7.3, WCAG 2.1.1): Tab, Shift+Tab, Enter, Space and
 * Escape, and the text typed into fields; never a click. Every page reached is checked by
 * axe-core as in any browser test. The first login runs on both databases with an account of
 * Caf 974 (this class's); the consultation and the group dialog use the demo data (H2).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClavierIT {

    static final String CAF = "974";
    static final String NOUVEAU = "CLA974001";
    static final String PROVISOIRE = "Provisoire#Clavier2026";
    /** Not his name (R-PWD-1 refuses a password holding the name « Clavier »). */
    static final String CHOISI = "Lune#Soleil2026";
    static final String DEMO = "Eden#Demo2026";

    @Deployment
    static EnterpriseArchive deploiement() {
        return Deploiement.earAvec(ClavierIT.class, Http.class, Navigateur.class);
    }

    @Inject
    CafRepository cafs;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    UserTransaction transaction;

    @Test
    @Order(1)
    @DisplayName("Préalable : un partenaire de la Caf 974 reçoit un compte au mot de passe provisoire (première connexion à faire)")
    void preparer() throws Exception {
        transaction.begin();
        if (utilisateurs.parIdentifiant(NOUVEAU).isEmpty()) {
            Caf caf = cafs.cafParCode(CAF).orElseGet(() -> cafs.enregistrer(new Caf(CAF, "Caf d'essai du clavier", null)));
            String siret = siret("9740000000001");
            OrganismePartenaire commune = cafs.organismeParSiret(siret).orElseGet(() -> cafs.enregistrer(new OrganismePartenaire(caf,
                    "Commune du clavier", TypeOrganisme.COMMUNE, siret, new Adresse("1, place du Clavier", "97400", "Essai"))));
            utilisateurs.enregistrer(Utilisateur.partenaire(commune, NOUVEAU, "Clavier", "Claude", "cla974001@commune974.test",
                    HachageMotDePasse.hacher(PROVISOIRE), HorlogeDuServeur.maintenant()));
        }
        transaction.commit();
        assertEquals(StatutCompte.PROVISOIRE, utilisateurs.parIdentifiant(NOUVEAU).orElseThrow().getStatut());
    }

    private static String siret(String treizeChiffres) {
        for (int cle = 0; cle < 10; cle++) {
            if (Siret.estValide(treizeChiffres + cle)) {
                return treizeChiffres + cle;
            }
        }
        throw new IllegalStateException(treizeChiffres);
    }

    @Test
    @Order(2)
    @RunAsClient
    @DisplayName("R-AUTH-2, R-PWD-1 : la première connexion au clavier seul — identifiant, mot de passe provisoire, règles d'usage, nouveau mot de passe, accueil")
    void premiereConnexionAuClavier() {
        try (Navigateur navigateur = new Navigateur(Http.base())) {
            navigateur.ouvrir("/login.xhtml");
            navigateur.tabulerJusqua(By.id("connexion:identifiant"));
            navigateur.taper(NOUVEAU);
            navigateur.tabulerJusqua(By.id("connexion:motDePasse"));
            navigateur.taper(PROVISOIRE);
            navigateur.appuyerEtAttendrePage(Keys.ENTER);
            navigateur.attendreUrl("/compte/regles-usage.xhtml");

            // Backwards from the end of the page to the button, then Space presses it.
            navigateur.tabulerJusqua(By.id("regles:accepter"), true);
            navigateur.appuyerEtAttendrePage(Keys.SPACE);
            navigateur.attendreUrl("/compte/nouveau-mot-de-passe.xhtml");

            // A confirmation that differs: the message is tied to its field (aria-describedby).
            navigateur.tabulerJusqua(By.id("motDePasse:actuel"));
            navigateur.taper(PROVISOIRE);
            navigateur.tabulerJusqua(By.id("motDePasse:nouveau"));
            navigateur.taper(CHOISI);
            navigateur.tabulerJusqua(By.id("motDePasse:confirmation"));
            navigateur.taper(CHOISI + "x");
            navigateur.appuyerEtAttendrePage(Keys.ENTER);
            String decrit = navigateur.attendre(By.id("motDePasse:confirmation")).getDomAttribute("aria-describedby");
            assertTrue(decrit != null && !decrit.isBlank(), "the confirmation's error is tied to the field");
            assertTrue(navigateur.texte(decrit.split(" ")[0]).contains("confirmation"), navigateur.texte(decrit.split(" ")[0]));

            navigateur.tabulerJusqua(By.id("motDePasse:actuel"));
            navigateur.taper(PROVISOIRE);
            navigateur.tabulerJusqua(By.id("motDePasse:nouveau"));
            navigateur.taper(CHOISI);
            // The strength panel is shown inline: the next Tab stops on the confirmation, nothing covers it.
            navigateur.tabulerJusqua(By.id("motDePasse:confirmation"));
            assertTrue(navigateur.pilote().findElement(By.id("motDePasse:confirmation")).isDisplayed());
            navigateur.taper(CHOISI);
            navigateur.appuyerEtAttendrePage(Keys.ENTER);
            navigateur.attendreUrl("/index.xhtml");
            assertTrue(navigateur.texte("utilisateur-connecte").contains("Claude"), navigateur.texte("utilisateur-connecte"));
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("R-CDAP-2 (données de démonstration, H2) : une consultation au clavier seul — recherche, onglets, attestation de paiement")
    void consultationAuClavier() {
        assumeTrue("h2".equals(System.getProperty("arquillian.launch", "h2")), "les données de démonstration n'existent que sur H2");
        String numero = new GenerateurDossiers(DossiersDemo.GRAINE, LocalDate.now(Horloge.FUSEAU)).generer("271", 0).dossier().getNumero();
        try (Navigateur navigateur = new Navigateur(Http.base())) {
            navigateur.seConnecter("DUP271001", DEMO);
            // From the home page, the skip link then the tile, as a person would.
            navigateur.tabulerJusqua(By.cssSelector("#tuiles a[href*='/cdap/consultation.xhtml']"));
            navigateur.appuyerEtAttendrePage(Keys.ENTER);
            navigateur.tabulerJusqua(By.id("recherche:numero"));
            navigateur.taper(numero);
            navigateur.appuyer(Keys.ENTER);
            navigateur.attendreTexte("titre-dossier", numero);
            navigateur.verifierAccessibilite();

            for (String onglet : List.of("FAMILLE", "RESSOURCES", "ATTESTATION")) {
                By entete = By.cssSelector("a[href='#fiche:onglets:" + onglet + "']");
                navigateur.tabulerJusqua(entete);
                navigateur.appuyer(Keys.ENTER);
                navigateur.attendre(By.id("fiche:onglets:" + onglet));
            }
            navigateur.verifierAccessibilite();
            navigateur.tabulerJusqua(By.id("fiche:onglets:telecharger"));
            assertEquals("fiche:onglets:telecharger", navigateur.focus().substring("button#".length()));
            // The download itself: what Enter on the focused button submits, read back from inside the page.
            List<Object> reponse = navigateur.telecharger("fiche", "fiche:onglets:telecharger");
            assertEquals(200L, ((Number) reponse.get(0)).longValue(), String.valueOf(reponse));
            assertTrue(String.valueOf(reponse.get(1)).startsWith("application/pdf"), String.valueOf(reponse));
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    @DisplayName("R-HAB-3 (données de démonstration, H2) : rattacher un utilisateur à un groupe dans une boîte de dialogue au clavier seul ; Échap la ferme et le focus revient au bouton")
    void rattachementAuClavier() {
        assumeTrue("h2".equals(System.getProperty("arquillian.launch", "h2")), "les données de démonstration n'existent que sur H2");
        try (Navigateur navigateur = new Navigateur(Http.base())) {
            navigateur.seConnecter("LEM271001", DEMO);
            navigateur.ouvrir("/habilitation/utilisateur.xhtml?id=GAR271001");
            By bouton = By.id("groupes:rattacher");
            // The list's keyboard target is its combobox (PrimeFaces 15 puts the keys on the label, not on a hidden input).
            By liste = By.cssSelector("[id='dialogue-rattacher:groupe'] [role='combobox']");
            int avant = navigateur.elements(By.cssSelector("[id='groupes:table-groupes'] tbody tr:not(.ui-datatable-empty-message)")).size();

            // Opened, then closed by Escape: the focus is back on the button that opened it.
            navigateur.tabulerJusqua(bouton);
            navigateur.appuyer(Keys.ENTER);
            navigateur.attendre(liste);
            navigateur.verifierAccessibilite();
            navigateur.tabulerJusqua(By.id("dialogue-rattacher:confirmer-rattachement"));
            navigateur.appuyer(Keys.ESCAPE);
            navigateur.attendreFocus(bouton);

            // Opened again: Space opens the list, Down moves to the first group, Enter takes it (and
            // closes the list only: the dialog stays), Tab to « Rattacher », Enter.
            navigateur.appuyer(Keys.ENTER);
            navigateur.attendre(liste);
            navigateur.tabulerJusqua(liste);
            navigateur.appuyer(Keys.SPACE);
            navigateur.attendreOuverture(By.id("dialogue-rattacher:groupe_panel"));
            navigateur.appuyer(Keys.ARROW_DOWN);
            navigateur.appuyer(Keys.ENTER);
            String choisi = navigateur.attendreChoix("dialogue-rattacher:groupe");
            assertTrue(navigateur.attendre(liste).isDisplayed(), "the dialog is still open after the list closed");
            navigateur.tabulerJusqua(By.id("dialogue-rattacher:confirmer-rattachement"));
            navigateur.appuyer(Keys.ENTER);
            navigateur.attendreTexte(By.cssSelector(".ui-growl"), "Utilisateur rattaché");
            String groupe = choisi.replaceFirst(" \\(.*$", "");
            navigateur.attendreTexte(By.id("groupes:table-groupes"), groupe);
            assertEquals(avant + 1, navigateur.elements(By.cssSelector("[id='groupes:table-groupes'] tbody tr")).size(),
                    navigateur.texte("groupes:table-groupes"));
            navigateur.attendreFocus(bouton);
        }
    }
}

package org.eden.portail.accessibilite;

import org.eden.portail.shared.ReferentielDeTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.eden.portail.afas.DeclarationService;
import org.eden.portail.afas.DeclarationVue;
import org.eden.portail.afas.DonneesAfasDeTest;
import org.eden.portail.afas.EquipementService;
import org.eden.portail.afas.EquipementVue;
import org.eden.portail.afas.NatureDeclaration;
import org.eden.portail.afas.NouvelEquipement;
import org.eden.portail.afas.RoleAfas;
import org.eden.portail.afas.StatutDeclaration;
import org.eden.portail.afas.TypeEquipement;
import org.eden.portail.cdap.DossiersDemo;
import org.eden.portail.cdap.DossiersDeTest;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.StatutCompte;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.OrganismePartenaire;
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
import org.openqa.selenium.Keys;

import java.math.BigDecimal;
import java.util.List;

import static org.eden.portail.shared.EnTantQue.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The main flows with the keyboard alone (RGAA 7.3, WCAG 2.1.1): Tab, Shift+Tab, Enter, Space and
 * Escape, and the text typed into fields; never a click. Every page reached is checked by
 * axe-core as in any browser test. The first login runs on both databases with an account of
 * Caf 974 (this class's); the consultation and the group dialog use the demo data (H2); the
 * activity part of an AFAS declaration runs on both databases with the AFAS test data of Caf 973
 * (this class's: AfasIT has 974, AfasEcransIT 976).
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

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    DonneesAfasDeTest donneesAfas;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    EquipementService equipements;

    @Inject
    DeclarationService declarations;

    @Inject
    UserTransaction transaction;

    @Test
    @Order(1)
    @DisplayName("Préalable : un partenaire de la Caf 974 reçoit un compte au mot de passe provisoire (première connexion à faire)")
    void preparer() throws Exception {
        transaction.begin();
        if (utilisateurs.parIdentifiant(NOUVEAU).isEmpty()) {
            Caf caf = referentiel.caf(CAF, "Caf d'essai du clavier");
            OrganismePartenaire commune = referentiel.organisme(caf, "Commune du clavier", ReferentielDeTest.siret("9740000000001"),
                    TypeOrganisme.COMMUNE, "1, place du Clavier", "97400");
            utilisateurs.enregistrer(Utilisateur.partenaire(commune, NOUVEAU, "Clavier", "Claude", "cla974001@commune974.test",
                    HachageMotDePasse.hacher(PROVISOIRE), HorlogeDuServeur.maintenant()));
        }
        transaction.commit();
        assertEquals(StatutCompte.PROVISOIRE, utilisateurs.parIdentifiant(NOUVEAU).orElseThrow().getStatut());
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
        String numero = DossiersDeTest.generateur(DossiersDemo.GRAINE).generer("271", 0).dossier().numero();
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), "DUP271001", DEMO)) {
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
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), "LEM271001", DEMO)) {
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

    // --- An AFAS activity part with the keyboard (Caf 973: AfasIT has 974, AfasEcransIT 976). ---

    static final String CAF_AFAS = "973";
    static final String SIRET_AFAS = ReferentielDeTest.siret("9730000000000");
    static final String FOURNISSEUR_ACTIVITE = DonneesAfasDeTest.identifiant(DonneesAfasDeTest.ACTIVITE, CAF_AFAS);
    static final String EQUIPEMENT = "Accueil de loisirs Les Mésanges";
    /** The ALSH activity, line by line: days périscolaire, extrascolaire, places, hours a day, hours réalisées and facturées under / over 6, children. */
    static final List<String> ACTIVITE_ALSH = List.of("140", "60", "20", "8", "10000", "12000", "10000", "12000", "50");

    @Test
    @Order(5)
    @DisplayName("Préalable : un ALSH de la Caf 973 avec son fournisseur d'activité ; son prévisionnel est ouvert, à saisir")
    void preparerAfas() throws Exception {
        transaction.begin();
        donneesAfas.preparer(CAF_AFAS, SIRET_AFAS);
        transaction.commit();
        Long organisme = donneesAfas.organismeId(SIRET_AFAS);
        String approbateur = DonneesAfasDeTest.identifiant(DonneesAfasDeTest.APPROBATEUR, CAF_AFAS);
        if (en(approbateur, () -> equipements.equipementsDe(organisme)).stream().anyMatch(e -> e.nom().equals(EQUIPEMENT))) {
            return;
        }
        EquipementVue alsh = en(DonneesAfasDeTest.identifiant(DonneesAfasDeTest.ADMIN_CAF, CAF_AFAS), () -> equipements.enregistrer(organisme,
                new NouvelEquipement(EQUIPEMENT, TypeEquipement.ALSH, "7, rue des Mésanges", "97300", "Essai", "ALSH-973-01", 20, new BigDecimal("8"))));
        en(approbateur, () -> equipements.affecter(alsh.id(), FOURNISSEUR_ACTIVITE, RoleAfas.FOURNISSEUR_ACTIVITE));
        en(approbateur, () -> equipements.affecter(alsh.id(), approbateur, RoleAfas.APPROBATEUR));
        DeclarationVue d = en(FOURNISSEUR_ACTIVITE, () -> declarations.ouvrir(alsh.id(), DonneesAfasDeTest.exerciceOuvert(),
                NatureDeclaration.PREVISIONNEL, false));
        assertEquals(StatutDeclaration.A_SAISIR, d.resume().statut());
    }

    @Test
    @Order(6)
    @RunAsClient
    @DisplayName("La partie activité d'une déclaration AFAS au clavier seul — connexion, tuile, déclaration, "
            + "chiffres tapés de champ en champ, « Enregistrer » à la barre d'espace ; rouverte, elle garde les chiffres")
    void partieActiviteAfasAuClavier() {
        try (Navigateur navigateur = new Navigateur(Http.base())) {
            navigateur.ouvrir("/login.xhtml");
            navigateur.tabulerJusqua(By.id("connexion:identifiant"));
            navigateur.taper(FOURNISSEUR_ACTIVITE);
            navigateur.tabulerJusqua(By.id("connexion:motDePasse"));
            navigateur.taper(DonneesAfasDeTest.MOT_DE_PASSE);
            navigateur.appuyerEtAttendrePage(Keys.ENTER);
            ouvrirLaDeclarationAuClavier(navigateur);

            // Tab from field to field (a field reached by Tab has its content selected: what is typed replaces it).
            for (int ligne = 0; ligne < ACTIVITE_ALSH.size(); ligne++) {
                navigateur.tabulerJusqua(By.id(champActivite(ligne)));
                navigateur.taper(ACTIVITE_ALSH.get(ligne));
            }
            navigateur.tabulerJusqua(By.id("parties:activite:enregistrer"));
            // Space presses « Enregistrer »; its answer re-renders the part. Before leaving, that save must be over:
            // the button replaced by its answer and no AJAX request left in PrimeFaces' queue (the autosaves of the
            // fields left by Tab are queued before it), and the part saying it is saved.
            navigateur.appuyerEtAttendreRemplacement(Keys.SPACE, By.id("parties:activite:enregistrer"));
            navigateur.attendreFinAjax();
            navigateur.attendreTexte("parties:activite:etat", "Brouillon enregistré");
            navigateur.verifierAccessibilite();

            // Reopened by the keyboard too: Shift+Tab back to the link to the list, Enter, the declaration's link again.
            navigateur.tabulerJusqua(By.linkText("← Toutes mes déclarations"), true);
            navigateur.appuyerEtAttendrePage(Keys.ENTER);
            ouvrirLaDeclarationAuClavier(navigateur);
            for (int ligne = 0; ligne < ACTIVITE_ALSH.size(); ligne++) {
                // Shown in French (« 10 000,00 » for hours): read back as a number.
                String lu = navigateur.valeur(champActivite(ligne));
                assertEquals(new BigDecimal(ACTIVITE_ALSH.get(ligne)).stripTrailingZeros(), nombre(lu),
                        "line " + ligne + " of the activity after reopening: « " + lu + " »");
            }
        }
    }

    /** From the home page: the AFAS tile, then the « Ouvrir » link of the (only) declaration, each by Tab and Enter. */
    private static void ouvrirLaDeclarationAuClavier(Navigateur navigateur) {
        if (!navigateur.url().contains("/afas/declarations.xhtml")) {
            navigateur.tabulerJusqua(By.cssSelector("#tuiles a[href*='/afas/declarations.xhtml']"));
            navigateur.appuyerEtAttendrePage(Keys.ENTER);
        }
        navigateur.tabulerJusqua(By.id("declarations:liste:0:ouvrir"));
        navigateur.appuyerEtAttendrePage(Keys.ENTER);
        navigateur.attendreUrl("/afas/declaration.xhtml");
    }

    /** A figure as the page shows it in French (« 10 000,00 »), or null when the field is empty. */
    private static BigDecimal nombre(String affiche) {
        String chiffres = affiche.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        return chiffres.isEmpty() ? null : new BigDecimal(chiffres).stripTrailingZeros();
    }

    private static String champActivite(int ligne) {
        return "parties:activite:lignes:" + ligne + ":valeur_input";
    }
}

package org.eden.portail.accessibilite;

import org.eden.portail.shared.ReferentielDeTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.StatutCompte;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.OrganismePartenaire;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every screen of the portal passes axe-core (WCAG 2.1 A/AA, no serious or critical violation,
 * RGAA 4.1): the pages are those of {@code web/src/main/webapp}, read from the sources at each run,
 * and {@link #ECRANS} says which role opens each one and how. A page added without its row fails
 * the first test, so a new screen (AFAS, Tableau de bord…) cannot escape the check.
 *
 * <p>On the demo data of H2 (the same markup on PostgreSQL: the check runs once): the demo's
 * accounts are the roles. Two demo accounts are changed first, inside the server:
 * {@code CHA271001} completes his first login (he is the one administrateur partenaire, the only
 * role of the review screen) and {@code NVX271901}, a new user of the CIAS, is left at the first
 * login's steps.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EcransAccessiblesIT {

    static final String MOT_DE_PASSE = "Eden#Demo2026";
    static final String ANONYME = null;
    static final String ADMINISTRATEUR_CAF = "MAR271001";
    static final String VERIFICATEUR_CAF = "LER271001";
    static final String SUPERVISEUR_CAF = "PET271001";
    static final String AGENT_CNAF = "DUB000001";
    static final String ADMINISTRATEUR_PARTENAIRE = "CHA271001";
    static final String MOT_DE_PASSE_EXPIRE = "ROU271001";
    static final String UTILISATEUR_T2 = "DUP271001";
    static final String RESPONSABLE = "LEM271001";
    static final String FOURNISSEUR_ACTIVITE_AFAS = "FON271001";
    static final String APPROBATEUR_AFAS = "CAR271001";
    static final String GESTIONNAIRE_AFAS = "VAS271001";
    static final String PREMIERE_CONNEXION = "NVX271901";
    static final String SIRET_CIAS = "20004167100013";

    /**
     * How a role reaches a page: opened by its address, or, for a page about one thing (a
     * convention, a user), by the first link to it on {@code depuis}.
     */
    record Ecran(String page, String role, String depuis) {
        /** The pages {@code role} opens by their address, in this order. */
        static List<Ecran> ouverts(String role, String... pages) {
            return Stream.of(pages).map(page -> new Ecran(page, role, null)).toList();
        }

        static Ecran par(String page, String role, String depuis) {
            return new Ecran(page, role, depuis);
        }
    }

    /**
     * Which role opens which page of webapp/: one row at least per page (paths without the leading
     * slash). Grouped by role, as the check logs in once per role.
     */
    static final List<Ecran> ECRANS = Stream.of(
            Ecran.ouverts(ANONYME, "login.xhtml", "mot-de-passe-oublie.xhtml", "accessibilite.xhtml",
                    "erreur/acces-refuse.xhtml", "erreur/erreur.xhtml", "erreur/introuvable.xhtml",
                    "navigateur-non-pris-en-charge.xhtml", "erreur/requete-invalide.xhtml"),
            Ecran.ouverts(PREMIERE_CONNEXION, "compte/regles-usage.xhtml"),
            Ecran.ouverts(MOT_DE_PASSE_EXPIRE, "compte/nouveau-mot-de-passe.xhtml"),
            Ecran.ouverts(ADMINISTRATEUR_CAF, "index.xhtml", "convention/conventions.xhtml", "convention/nouvelle-convention.xhtml",
                    "convention/partenaires.xhtml", "habilitation/caf.xhtml", "incident/guichet.xhtml",
                    "incident/maintenance.xhtml", "afas/controles.xhtml"),
            List.of(Ecran.par("convention/convention.xhtml", ADMINISTRATEUR_CAF, "convention/conventions.xhtml"),
                    Ecran.par("convention/partenaire.xhtml", ADMINISTRATEUR_CAF, "convention/partenaires.xhtml"),
                    Ecran.par("habilitation/caf.xhtml", ADMINISTRATEUR_CAF, "habilitation/caf.xhtml")),
            Ecran.ouverts(UTILISATEUR_T2, "index.xhtml", "compte/mon-compte.xhtml", "compte/changer-mot-de-passe.xhtml",
                    "cdap/consultation.xhtml", "incident/mes-incidents.xhtml"),
            Ecran.ouverts(AGENT_CNAF, "cdap/matrice.xhtml", "tableaudebord/import.xhtml"),
            Ecran.ouverts(VERIFICATEUR_CAF, "convention/a-verifier.xhtml"),
            Ecran.ouverts(SUPERVISEUR_CAF, "habilitation/revue-campagne.xhtml", "trace/traces.xhtml", "tableaudebord/offre.xhtml",
                    "tableaudebord/elisa.xhtml", "tableaudebord/comparaison.xhtml", "tableaudebord/supervision.xhtml",
                    "tableaudebord/alertes.xhtml"),
            Ecran.ouverts(RESPONSABLE, "habilitation/groupes.xhtml", "habilitation/import-utilisateurs.xhtml"),
            Ecran.ouverts(ADMINISTRATEUR_PARTENAIRE, "habilitation/groupes.xhtml", "habilitation/utilisateurs.xhtml",
                    "habilitation/revue-habilitations.xhtml"),
            List.of(Ecran.par("habilitation/utilisateur.xhtml", ADMINISTRATEUR_PARTENAIRE, "habilitation/utilisateurs.xhtml")),
            Ecran.ouverts(FOURNISSEUR_ACTIVITE_AFAS, "afas/declarations.xhtml", "afas/statistiques.xhtml"),
            List.of(Ecran.par("afas/declaration.xhtml", FOURNISSEUR_ACTIVITE_AFAS, "afas/declarations.xhtml")),
            Ecran.ouverts(APPROBATEUR_AFAS, "afas/equipements.xhtml"),
            Ecran.ouverts(GESTIONNAIRE_AFAS, "afas/campagnes.xhtml", "afas/instruction.xhtml", "afas/changements.xhtml"),
            List.of(Ecran.par("afas/dossier.xhtml", GESTIONNAIRE_AFAS, "afas/instruction.xhtml")))
            .flatMap(List::stream).toList();

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    UserTransaction transaction;

    @Test
    @Order(1)
    @RunAsClient
    @DisplayName("Chaque page de webapp/ a sa ligne dans la table des écrans (rôle qui l'ouvre), et chaque ligne une page")
    void chaquePageASaLigne() {
        Set<String> pages = pagesDesSources();
        Set<String> couvertes = ECRANS.stream().map(Ecran::page).collect(Collectors.toCollection(TreeSet::new));
        Set<String> sansLigne = new TreeSet<>(pages);
        sansLigne.removeAll(couvertes);
        Set<String> sansPage = new TreeSet<>(couvertes);
        sansPage.removeAll(pages);
        assertTrue(sansLigne.isEmpty(), "pages sans ligne dans EcransAccessiblesIT.ECRANS (dire quel rôle les ouvre) : " + sansLigne);
        assertTrue(sansPage.isEmpty(), "lignes de EcransAccessiblesIT.ECRANS sans page dans webapp/ : " + sansPage);
    }

    /** The screens of webapp/: every .xhtml outside WEB-INF and resources (templates and includes live in WEB-INF). */
    static Set<String> pagesDesSources() {
        Path webapp = Path.of(System.getProperty("eden.it.webapp", "../web/src/main/webapp"));
        assertTrue(Files.isDirectory(webapp), "sources des écrans introuvables : " + webapp.toAbsolutePath());
        try (Stream<Path> fichiers = Files.walk(webapp)) {
            Set<String> pages = fichiers.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("META-INF/") && !p.startsWith("resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(pages.size() > 20, "si peu de pages ? " + pages);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(2)
    @DisplayName("Préalable : CHA271001 a fini sa première connexion, NVX271901 en est aux étapes (données de démonstration, H2)")
    void preparerLesComptes() throws Exception {
        if (utilisateurs.parIdentifiant(ADMINISTRATEUR_PARTENAIRE).isEmpty()) {
            // The demo accounts exist on H2 only (the markup is the same on PostgreSQL). Not an
            // assumption: inside the server, Arquillian reports an aborted test as an error.
            return;
        }
        transaction.begin();
        String hash = HachageMotDePasse.hacher(MOT_DE_PASSE);
        Utilisateur administrateur = utilisateurs.parIdentifiant(ADMINISTRATEUR_PARTENAIRE).orElseThrow();
        if (administrateur.getStatut() == StatutCompte.PROVISOIRE) {
            administrateur.changerMotDePasse(hash, HorlogeDuServeur.maintenant(), 0);
            referentiel.accepterRegles(administrateur);
        }
        if (utilisateurs.parIdentifiant(PREMIERE_CONNEXION).isEmpty()) {
            OrganismePartenaire cias = referentiel.organisme(SIRET_CIAS);
            utilisateurs.enregistrer(Utilisateur.partenaire(cias, PREMIERE_CONNEXION, "Nouveau", "Noé",
                    "n.nouveau@bernay.demo.eden", hash, HorlogeDuServeur.maintenant()));
        }
        transaction.commit();
        assertEquals(StatutCompte.PROVISOIRE, utilisateurs.parIdentifiant(PREMIERE_CONNEXION).orElseThrow().getStatut());
        assertEquals(StatutCompte.ACTIF, utilisateurs.parIdentifiant(ADMINISTRATEUR_PARTENAIRE).orElseThrow().getStatut());
    }

    @Test
    @Order(3)
    @RunAsClient
    @DisplayName("Chaque écran, ouvert par chaque rôle de la table, passe axe-core (WCAG 2.1 A/AA) sans violation grave ni critique")
    void chaqueEcranPasseAxe() {
        assumeTrue("h2".equals(System.getProperty("arquillian.launch", "h2")),
                "les comptes de démonstration n'existent que sur H2 : le balisage est le même sur PostgreSQL");
        Map<String, List<Ecran>> parRole = new LinkedHashMap<>();
        ECRANS.forEach(e -> parRole.computeIfAbsent(String.valueOf(e.role()), r -> new ArrayList<>()).add(e));
        List<String> echecs = new ArrayList<>();
        int examines = 0;
        int graphiques = 0;
        for (List<Ecran> ecrans : parRole.values()) {
            try (Navigateur navigateur = new Navigateur(Http.base())) {
                String role = ecrans.get(0).role();
                if (role != null) {
                    navigateur.seConnecter(role, MOT_DE_PASSE);
                }
                for (Ecran ecran : ecrans) {
                    try {
                        atteindre(navigateur, ecran);
                        List<Object> sansLegende = tableauxSansLegende(navigateur);
                        assertTrue(sansLegende.isEmpty(), "tableau(x) de données sans légende (caption) : " + sansLegende);
                        List<Object> sansResume = graphiquesSansResume(navigateur);
                        assertTrue(sansResume.isEmpty(), "graphique(s) sans phrase de résumé avant eux (aria-describedby) : " + sansResume);
                        graphiques += navigateur.elements(By.tagName("canvas")).size();
                        examines++;
                    } catch (AssertionError violation) {
                        echecs.add(ecran + " : " + violation.getMessage());
                    } finally {
                        navigateur.capturer("accessibilite/" + ecran.page().replace('/', '_') + "-" + role);
                    }
                }
            }
        }
        assertTrue(echecs.isEmpty(), echecs.size() + " écran(s) en échec :\n" + String.join("\n\n", echecs));
        assertEquals(ECRANS.size(), examines, "every row was checked");
        // Elisa's tables and the comparison of vintages draw charts on the demo data: the check above saw them.
        assertTrue(graphiques >= 2, "charts checked for their summary: " + graphiques);
    }

    @Test
    @Order(4)
    @RunAsClient
    @DisplayName("axe-core fait échouer le test sur une violation grave : un texte gris clair sur blanc ajouté à la page de connexion")
    void uneViolationGraveFaitEchouer() {
        try (Navigateur navigateur = new Navigateur(Http.base())) {
            navigateur.ouvrir("/login.xhtml");
            ((JavascriptExecutor) navigateur.pilote()).executeScript("const p = document.createElement('p');"
                    + "p.textContent = 'Un texte que personne ne lit'; p.style.color = '#c8c8c8'; p.style.background = '#ffffff';"
                    + "document.getElementById('contenu').appendChild(p);");
            AssertionError echec = assertThrows(AssertionError.class, navigateur::verifierAccessibilite);
            assertTrue(echec.getMessage().contains("color-contrast (serious"), echec.getMessage());
        }
    }

    /** The data tables of the page that have no caption naming what they list (RGAA 5.4), by their frame's id. */
    @SuppressWarnings("unchecked")
    private static List<Object> tableauxSansLegende(Navigateur navigateur) {
        return (List<Object>) ((JavascriptExecutor) navigateur.pilote()).executeScript(
                "return [...document.querySelectorAll('.ui-datatable table, .ui-treetable table, table.eden-table')]"
                        + ".filter(t => !t.caption || !t.caption.textContent.trim())"
                        + ".map(t => (t.closest('[id]') || t).id);");
    }

    /**
     * The charts of the page (a canvas) without a sentence of their main figures before them, tied
     * to their role="img" frame by aria-describedby (RGAA 1.3, WCAG 1.1.1), by their frame's id.
     */
    @SuppressWarnings("unchecked")
    private static List<Object> graphiquesSansResume(Navigateur navigateur) {
        return (List<Object>) ((JavascriptExecutor) navigateur.pilote()).executeScript(
                "return [...document.querySelectorAll('canvas')].filter(c => {"
                        // The canvas has role="img" itself (PrimeFaces' chart): its frame is the one above.
                        + " const cadre = c.parentElement.closest('[role=img]');"
                        + " const resume = cadre && document.getElementById(cadre.getAttribute('aria-describedby') || '');"
                        + " return !resume || !resume.textContent.trim()"
                        + "   || !(resume.compareDocumentPosition(cadre) & Node.DOCUMENT_POSITION_FOLLOWING); })"
                        + ".map(c => (c.closest('[id]') || c).id);");
    }

    @Test
    @Order(5)
    @RunAsClient
    @DisplayName("RGAA 11.10 : un formulaire envoyé vide marque ses champs en erreur (aria-invalid) et les lie au message (aria-describedby), même sans message sous le champ")
    void lesMessagesSontLiesAuxChamps() {
        try (Navigateur navigateur = new Navigateur(Http.base())) {
            // This form shows its messages in one p:messages at the top, none under each field.
            navigateur.ouvrir("/mot-de-passe-oublie.xhtml");
            navigateur.cliquerEtAttendrePage("oubli:envoyer");
            for (String champ : List.of("oubli:identifiant", "oubli:email")) {
                assertEquals("true", navigateur.attendreAttribut(By.id(champ), "aria-invalid"), champ);
                String decrit = navigateur.attendreAttribut(By.id(champ), "aria-describedby");
                assertTrue(navigateur.texte(decrit.split(" ")[0]).contains("Saisissez"), champ + " → " + decrit);
            }
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    @DisplayName("À 1 400 pixels de large, la table des utilisateurs tient dans son cadre ou défile à l'intérieur : « Dernière connexion » n'est pas coupée (données de démonstration, H2)")
    void laTableDesUtilisateursTientA1400Pixels() {
        assumeTrue("h2".equals(System.getProperty("arquillian.launch", "h2")), "les comptes de démonstration n'existent que sur H2");
        try (Navigateur navigateur = new Navigateur(Http.base())) {
            navigateur.largeur(1400);
            navigateur.seConnecter(ADMINISTRATEUR_PARTENAIRE, MOT_DE_PASSE);
            navigateur.ouvrir("/habilitation/utilisateurs.xhtml");
            navigateur.attendreTexte(By.id("liste:utilisateurs"), "Dernière connexion");
            navigateur.capturer("accessibilite/utilisateurs-1400px");
            @SuppressWarnings("unchecked")
            Map<String, Object> mesure = (Map<String, Object>) ((JavascriptExecutor) navigateur.pilote()).executeScript(
                    "const cadre = document.getElementById('contenu').getBoundingClientRect();"
                            + "const table = document.getElementById('liste:utilisateurs');"
                            + "const enveloppe = table.querySelector('.ui-datatable-tablewrapper');"
                            + "const grille = enveloppe.querySelector('table').getBoundingClientRect();"
                            + "const bord = enveloppe.getBoundingClientRect();"
                            + "return {page: document.documentElement.scrollWidth - document.documentElement.clientWidth,"
                            + " table: Math.round(table.getBoundingClientRect().right - cadre.right),"
                            + " tient: grille.right <= bord.right + 1,"
                            + " defile: ['auto', 'scroll'].includes(getComputedStyle(enveloppe).overflowX),"
                            + " largeur: window.innerWidth};");
            assertEquals(1400L, ((Number) mesure.get("largeur")).longValue(), String.valueOf(mesure));
            assertTrue(((Number) mesure.get("page")).longValue() <= 0, "the page scrolls sideways: " + mesure);
            assertTrue(((Number) mesure.get("table")).longValue() <= 0, "the table runs off its frame: " + mesure);
            assertTrue(Boolean.TRUE.equals(mesure.get("tient")) || Boolean.TRUE.equals(mesure.get("defile")),
                    "the table neither fits nor scrolls inside its frame: " + mesure);
        }
    }

    private static void atteindre(Navigateur navigateur, Ecran ecran) {
        if (ecran.depuis() == null) {
            navigateur.ouvrir("/" + ecran.page());
        } else {
            navigateur.ouvrir("/" + ecran.depuis());
            String lien = "a[href*='/" + ecran.page() + "?']";
            assertTrue(!navigateur.elements(By.cssSelector(lien)).isEmpty(), "aucun lien " + lien + " sur " + ecran.depuis());
            navigateur.cliquerEtAttendrePage(By.cssSelector(lien));
        }
        String attendu = ecran.page();
        assertTrue(navigateur.url().contains(attendu), ecran + " : le navigateur montre " + navigateur.url());
    }
}

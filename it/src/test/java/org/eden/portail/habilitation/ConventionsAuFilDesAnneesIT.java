package org.eden.portail.habilitation;

import org.eden.portail.shared.ReferentielDeTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import org.eden.portail.convention.Contact;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.convention.ConventionService;
import org.eden.portail.convention.ConventionVue;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.convention.NouvelleConvention;
import org.eden.portail.convention.QuotaDemande;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.convention.StatutConvention;
import org.eden.portail.navigateur.Navigateur;
import org.eden.portail.identite.RegistreSessions;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.SourceDroitsPartenaire;
import org.eden.portail.identite.StatutCompte;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.BoiteCourrielDeTest;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.TypeOrganisme;
import org.eden.portail.shared.ConventionsDeTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import static org.eden.portail.shared.EnTantQue.en;
import static org.eden.portail.shared.EnTantQue.sujet;
import static org.eden.portail.shared.ReferentielDeTest.MOT_DE_PASSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conventions over the years, on the real server (H2 and PostgreSQL): the Caf replaces the
 * administrateur partenaire and the suppléant (R-CONV-10) with a new account and with an existing
 * one, and the change of management mode carries the habilitations over (R-CONV-6), with a quota
 * lowered in the successor. Caf 984 is these tests' own.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConventionsAuFilDesAnneesIT {

    static final String CAF = "984";
    static final String ADMINISTRATEUR_CAF = "ANA984001";
    static final String VERIFICATEUR_CAF = "ANV984001";
    static final String SIRET = ReferentielDeTest.siret("9840000000001");
    static final String NOUVEL_EMAIL = "claire.nouvelle@partenaire984.test";
    static final String EMAIL_LEMOINE = "anne.lemoine@partenaire984.test";
    static final String EMAIL_DURAND = "denis.durand@partenaire984.test";
    static final String VIEUX_NAVIGATEUR = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";

    @Inject
    ConventionService conventionService;

    @Inject
    RemplacementAdministrateurService remplacements;

    @Inject
    GroupeService groupes;

    @Inject
    UtilisateursPartenaireService utilisateursPartenaire;

    @Inject
    ConventionRepository conventions;

    @Inject
    HabilitationRepository depot;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    RegistreSessions registre;

    @Inject
    SourceDroitsPartenaire droits;

    @Inject
    UserTransaction transaction;

    @Inject
    ReferentielDeTest referentiel;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource base;

    @BeforeAll
    static void ouvrirLaBoite() {
        BoiteCourrielDeTest.demarrer();
    }

    @AfterAll
    static void fermerLaBoite() {
        BoiteCourrielDeTest.arreter();
    }

    private OrganismePartenaire organisme() {
        return referentiel.organisme(SIRET);
    }

    private Convention enVigueur() {
        return conventions.conventionEnVigueur(organisme().getId()).orElseThrow();
    }

    private String identifiant(String email) {
        return utilisateurs.parOrganismeEtEmail(organisme().getId(), email).orElseThrow().getIdentifiant();
    }

    private DroitsPartenaire droitsDe(String identifiant) {
        return droits.de(identifiant).orElseThrow();
    }

    private static boolean administre(String identifiant, Long organismeId) {
        return sujet(identifiant).isPermitted(PermissionsHabilitations.HABILITATION_ADMINISTRER.sur(organismeId));
    }

    private static void refuse(String regle, Callable<?> action) {
        RegleMetierException e = assertThrows(RegleMetierException.class, () -> en(ADMINISTRATEUR_CAF, action));
        assertEquals(regle, e.getRegle(), e.getMessage());
    }

    /** The last line of the convention's history, as the Caf reads it. */
    private ConventionVue.Etape derniereLigne(Convention convention) throws Exception {
        List<ConventionVue.Etape> historique = en(ADMINISTRATEUR_CAF, () -> conventionService.consulter(convention.getId())).historique();
        return historique.get(historique.size() - 1);
    }

    @Test
    @Order(1)
    @DisplayName("Préalable : R-CONV-10, R-CONV-6 — un partenaire de la Caf 984 en mode délégué, CDAP T2 pour 3 tenu par 3 utilisateurs, Tableau de bord pour le suppléant et Anne Lemoine")
    void prealable() throws Exception {
        transaction.begin();
        Caf caf = referentiel.caf(CAF, "Caf d'essai des années");
        referentiel.organisme(caf, "CIAS des années", SIRET, TypeOrganisme.CCAS_CIAS, "2, rue du Temps", "98400");
        for (String[] agent : new String[][]{{ADMINISTRATEUR_CAF, "ADMINISTRATEUR_CAF"}, {VERIFICATEUR_CAF, "VERIFICATEUR_CAF"}}) {
            // Personal password, usage rules accepted: the browser test goes straight to the home page.
            referentiel.agent(caf, agent[0], RoleCaf.valueOf(agent[1]))
                    .ifPresent(u -> referentiel.premiereConnexionFaite(u, MOT_DE_PASSE));
        }
        transaction.commit();
        Long organismeId = organisme().getId();
        assertEquals(StatutConvention.ACTIVE, ConventionsDeTest.validee(conventionService, CAF, ADMINISTRATEUR_CAF, VERIFICATEUR_CAF,
                new NouvelleConvention(organismeId, ModeGestion.DELEGUE, LocalDate.of(2026, 1, 1),
                        new Contact("Ancien", "Albert", "albert.ancien@partenaire984.test", null),
                        new Contact("Second", "Sophie", "sophie.second@partenaire984.test", null), null, null,
                        List.of(new QuotaDemande(ServiceCatalogue.CDAP, "T2", 3, 3),
                                new QuotaDemande(ServiceCatalogue.TABLEAU_DE_BORD, "AGENT_CAF", 5, 5)))).statut());

        String admin = enVigueur().getContrat().getAdministrateur().getIdentifiantCompte();
        String suppleant = enVigueur().getContrat().getSuppleant().getIdentifiantCompte();
        GroupeVue accueil = en(admin, () -> groupes.creerGroupe(organismeId, "Accueil"));
        GroupeVue pilotage = en(admin, () -> groupes.creerGroupe(organismeId, "Pilotage"));
        en(admin, () -> groupes.attribuerRole(accueil.id(), ServiceCatalogue.CDAP, "T2"));
        en(admin, () -> groupes.attribuerRole(pilotage.id(), ServiceCatalogue.TABLEAU_DE_BORD, "AGENT_CAF"));
        for (String nom : List.of("Un", "Deux", "Trois")) {
            String id = en(admin, () -> utilisateursPartenaire.creerUtilisateur(organismeId, nom, "Agent",
                    "agent." + nom.toLowerCase() + "@partenaire984.test")).identifiant();
            en(admin, () -> utilisateursPartenaire.rattacher(accueil.id(), id));
        }
        String lemoine = en(admin, () -> utilisateursPartenaire.creerUtilisateur(organismeId, "Lemoine", "Anne", EMAIL_LEMOINE))
                .identifiant();
        en(admin, () -> utilisateursPartenaire.rattacher(pilotage.id(), lemoine));
        en(admin, () -> utilisateursPartenaire.rattacher(pilotage.id(), suppleant));

        assertEquals(3, depot.titulaires(enVigueur().getId(), ServiceCatalogue.CDAP, "T2"));
        assertTrue(administre(admin, organismeId));
        assertEquals(List.of("TDB:AGENT_CAF"), droitsDe(suppleant).services());
    }

    @Test
    @Order(2)
    @DisplayName("R-CONV-10, R-SESS-3 : un nouveau compte remplace l'administrateur partenaire ; l'ancien perd aussitôt ses droits, sa session est fermée, son compte sans habilitation est suspendu ; l'historique le dit")
    void remplacementParUnNouveauCompte() throws Exception {
        Long organismeId = organisme().getId();
        String ancien = enVigueur().getContrat().getAdministrateur().getIdentifiantCompte();
        registre.ouvrir(ancien, "session-ancien-984");

        refuse("R-CONV-10", () -> remplacements.remplacer(enVigueur().getId(), new DemandeRemplacement(false, null,
                "Nouvelle", "Claire", "Directrice", null, NOUVEL_EMAIL, " ")));
        assertThrows(org.apache.shiro.authz.AuthorizationException.class, () -> en(VERIFICATEUR_CAF,
                () -> remplacements.remplacer(enVigueur().getId(), new DemandeRemplacement(false, null,
                        "Nouvelle", "Claire", "Directrice", null, NOUVEL_EMAIL, "Départ"))), "the administrateur Caf's act");

        RemplacementEffectue fait = en(ADMINISTRATEUR_CAF, () -> remplacements.remplacer(enVigueur().getId(),
                new DemandeRemplacement(false, null, "Nouvelle", "Claire", "Directrice générale des services",
                        "02 32 00 00 01", NOUVEL_EMAIL, "Départ en retraite de M. Ancien")));

        assertTrue(fait.compteCree());
        assertEquals(ancien, fait.identifiantAncien());
        assertTrue(fait.ancienSuspendu(), "no service habilitation: his account is suspended");
        String nouveau = fait.identifiantNouveau();
        assertEquals(nouveau, identifiant(NOUVEL_EMAIL));
        assertEquals(nouveau, enVigueur().getContrat().getAdministrateur().getIdentifiantCompte());
        assertEquals("Directrice générale des services", enVigueur().getContrat().getAdministrateur().getFonction());
        assertEquals(RegistreSessions.Etat.FERMEE, registre.etat(ancien, "session-ancien-984"));
        assertFalse(administre(ancien, organismeId), "rights lost at once");
        assertTrue(administre(nouveau, organismeId));
        assertEquals(StatutCompte.SUSPENDU, utilisateurs.parIdentifiant(ancien).orElseThrow().getStatut());
        ConventionVue.Etape ligne = derniereLigne(enVigueur());
        assertEquals(ADMINISTRATEUR_CAF, ligne.acteur());
        assertTrue(ligne.motif().contains(ancien + ") → NOUVELLE Claire (" + nouveau + ")"), ligne.motif());
        assertTrue(ligne.motif().contains("Départ en retraite de M. Ancien"), ligne.motif());
    }

    @Test
    @Order(3)
    @DisplayName("R-CONV-10, R-HAB-9, R-HAB-12 : un compte existant de l'organisme devient suppléant sans nouveaux codes (pas un titulaire CDAP) ; l'ancien suppléant garde son compte pour ses habilitations ; retrait puis nouvelle désignation")
    void remplacementParUnCompteExistant() throws Exception {
        Long organismeId = organisme().getId();
        String ancien = enVigueur().getContrat().getSuppleant().getIdentifiantCompte();
        String lemoine = identifiant(EMAIL_LEMOINE);
        registre.ouvrir(ancien, "session-suppleant-984");

        refuse("R-HAB-12", () -> remplacements.remplacer(enVigueur().getId(), new DemandeRemplacement(true,
                identifiant("agent.un@partenaire984.test"), null, null, null, null, null, "Titulaire CDAP")));
        refuse("R-CONV-10", () -> remplacements.remplacer(enVigueur().getId(), new DemandeRemplacement(true,
                enVigueur().getContrat().getAdministrateur().getIdentifiantCompte(), null, null, null, null, null, "Les deux rôles")));

        RemplacementEffectue fait = en(ADMINISTRATEUR_CAF, () -> remplacements.remplacer(enVigueur().getId(),
                new DemandeRemplacement(true, lemoine.toLowerCase(), null, null, "Responsable RH", null, null, "Mutation de Mme Second")));

        assertFalse(fait.compteCree(), "R-HAB-9: an account of the organisation gets no new credentials");
        assertEquals(lemoine, fait.identifiantNouveau());
        assertFalse(fait.ancienSuspendu());
        assertEquals(RegistreSessions.Etat.FERMEE, registre.etat(ancien, "session-suppleant-984"));
        assertFalse(administre(ancien, organismeId));
        assertEquals(List.of("TDB:AGENT_CAF"), droitsDe(ancien).services(), "he keeps his service habilitation");
        assertNotEquals(StatutCompte.SUSPENDU, utilisateurs.parIdentifiant(ancien).orElseThrow().getStatut());
        assertTrue(administre(lemoine, organismeId));

        RemplacementEffectue retrait = en(ADMINISTRATEUR_CAF, () -> remplacements.retirerSuppleant(enVigueur().getId(), "Réorganisation"));
        assertEquals(lemoine, retrait.identifiantAncien());
        assertFalse(administre(lemoine, organismeId));
        assertNull(enVigueur().getContrat().getSuppleant());
        assertTrue(derniereLigne(enVigueur()).motif().startsWith("Suppléant retiré"));
        en(ADMINISTRATEUR_CAF, () -> remplacements.remplacer(enVigueur().getId(),
                new DemandeRemplacement(true, lemoine, null, null, "Responsable RH", null, null, "Suppléance rétablie")));
        assertTrue(administre(lemoine, organismeId), "a suppléant designated later");
    }

    @Test
    @Order(4)
    @RunAsClient
    @DisplayName("R-CONV-10, R-HAB-9 : le nouvel administrateur reçoit ses deux courriels ; le compte existant n'en reçoit pas de nouveaux")
    void courriels() {
        assertTrue(BoiteCourrielDeTest.attendre(14, Duration.ofSeconds(60)), "the mails of the accounts created arrive");
        assertEquals(List.of("Votre identifiant Mon Compte Partenaire", "Votre mot de passe provisoire Mon Compte Partenaire"),
                objetsPour(NOUVEL_EMAIL));
        assertEquals(2, objetsPour(EMAIL_LEMOINE).size(), "only the two of her creation");
    }

    private static List<String> objetsPour(String adresse) {
        return Arrays.stream(BoiteCourrielDeTest.recus()).filter(m -> adresse.equals(destinataire(m))).map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
    }

    private static String destinataire(MimeMessage message) {
        try {
            Address[] a = message.getRecipients(MimeMessage.RecipientType.TO);
            return a == null || a.length == 0 ? null : ((InternetAddress) a[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(5)
    @DisplayName("R-CONV-6, R-TRACE-3 : clôturer et recréer avec un quota T2 réduit à 2 ; l'ancienne reste en vigueur jusqu'à la validation, puis les habilitations passent sous la nouvelle, celle qui dépasse est listée, les anciennes sont dévalidées")
    void repriseAvecQuotaReduit() throws Exception {
        Convention ancienne = enVigueur();
        String un = identifiant("agent.un@partenaire984.test");
        String trois = identifiant("agent.trois@partenaire984.test");
        ConventionVue successeur = en(ADMINISTRATEUR_CAF, () -> conventionService.cloturerEtRecreer(ancienne.getId(),
                ModeGestion.CENTRALISE, "Le partenaire confie la gestion de ses habilitations à la Caf"));
        assertEquals(ancienne.getId(), enVigueur().getId(), "the old one stays in force until the validation");
        assertEquals(List.of("CDAP:T2"), droitsDe(un).services(), "no interruption meanwhile");
        // R-CONV-10 meanwhile: the suppléant leaves; the successor, validated later, must not bring her back.
        String lemoine = identifiant(EMAIL_LEMOINE);
        en(ADMINISTRATEUR_CAF, () -> remplacements.retirerSuppleant(ancienne.getId(), "Départ de Mme Lemoine"));
        en(ADMINISTRATEUR_CAF, () -> conventionService.fixerQuota(successeur.id(), new QuotaDemande(ServiceCatalogue.CDAP, "T2", 3, 2)));
        en(ADMINISTRATEUR_CAF, () -> conventionService.soumettre(successeur.id()));

        ConventionVue validee = en(VERIFICATEUR_CAF, () -> conventionService.valider(successeur.id()));

        assertEquals(StatutConvention.ACTIVE, validee.statut());
        assertEquals(StatutConvention.CLOTUREE, conventions.convention(ancienne.getId()).orElseThrow().getStatut());
        Convention nouvelle = enVigueur();
        assertEquals(successeur.id(), nouvelle.getId());
        assertEquals(2, depot.titulaires(nouvelle.getId(), ServiceCatalogue.CDAP, "T2"), "within the new quota");
        assertEquals(2, depot.titulaires(nouvelle.getId(), ServiceCatalogue.TABLEAU_DE_BORD, "AGENT_CAF"));
        assertEquals(List.of("CDAP:T2"), droitsDe(un).services(), "the oldest grants are carried first");
        assertEquals(List.of(), droitsDe(trois).services());
        String reprise = derniereLigne(nouvelle).motif();
        assertTrue(reprise.contains("4 habilitation(s) reprise(s)"), reprise);
        assertTrue(reprise.contains("1 non reprise(s)") && reprise.contains(trois) && reprise.contains("quota de 2 atteint"), reprise);
        assertTrue(depot.habilitationsEnVigueurDeLaConvention(ancienne.getId()).isEmpty());
        List<Habilitation> devalidees = depot.historiqueDe(utilisateurs.parIdentifiant(trois).orElseThrow().getId());
        assertTrue(devalidees.stream().allMatch(h -> h.estDevalidee() && h.getDevalideeLe() != null), "R-TRACE-3: the retention starts");
        assertNotNull(nouvelle.getContrat().getAdministrateur().getIdentifiantCompte());
        assertEquals(identifiant(NOUVEL_EMAIL), nouvelle.getContrat().getAdministrateur().getIdentifiantCompte());
        assertFalse(nouvelle.getContrat().aUnSuppleant(), "the administrators in force at the validation, not at the recreation");
        assertFalse(administre(lemoine, nouvelle.getOrganisme().getId()));
    }

    @Test
    @Order(6)
    @RunAsClient
    @DisplayName("R-CONV-10 : dans le navigateur, l'administrateur Caf remplace l'administrateur partenaire depuis la page de la convention ; les contacts et l'historique le montrent")
    void remplacementDansLeNavigateur() {
        try (Navigateur navigateur = Navigateur.connecte(Http.base(), ADMINISTRATEUR_CAF, MOT_DE_PASSE)) {
            // Caf 984 has this partner's two conventions only: its list needs no filter (whose AJAX
            // refresh would make the row stale under the click); the active one's page is opened by its link.
            navigateur.ouvrir("/convention/conventions.xhtml");
            navigateur.attendreTexte(By.id("liste:conventions"), "Clôturée");
            String lien = navigateur.attendre(By.xpath("//tr[td[contains(., 'Active')]]//a[contains(@class, 'eden-numero')]"))
                    .getAttribute("href");
            navigateur.ouvrir(lien.substring(lien.indexOf("/convention/")));
            navigateur.attendreTexte(By.id("titre-convention"), "CIAS des années");

            navigateur.cliquer("administrateurs:remplacer-administrateur");
            navigateur.saisir("remplacement:nom", "Durand");
            navigateur.saisir("remplacement:prenom", "Denis");
            navigateur.saisir("remplacement:email", EMAIL_DURAND);
            navigateur.saisir("remplacement:fonction", "Directeur du CIAS");
            navigateur.saisir("remplacement:telephone", "02 32 00 00 02");
            navigateur.saisir("remplacement:motif-remplacement", "Nomination du nouveau directeur");
            navigateur.capturer("conventions-annees-1-remplacement");
            navigateur.cliquer("remplacement:confirmer-remplacement");
            String message = navigateur.attendreTexte(By.cssSelector(".ui-growl"), "deux courriels");
            assertTrue(message.contains("perd aussitôt ses droits"), message);

            navigateur.cliquer(By.xpath("//ul[@role='tablist']//a[contains(., 'Contacts')]"));
            String contacts = navigateur.attendreTexte(By.id("contacts"), "Denis Durand");
            assertTrue(contacts.contains("Directeur du CIAS"), contacts);
            navigateur.cliquer(By.xpath("//ul[@role='tablist']//a[contains(., 'Historique')]"));
            navigateur.attendreTexte(By.id("onglets:historique"), "Nomination du nouveau directeur");
            navigateur.capturer("conventions-annees-2-historique");
        }
    }

    @Test
    @Order(7)
    @DisplayName("R-CONV-10 : après le remplacement fait à l'écran, le nouveau administre et l'ancienne administratrice a perdu ses droits à l'instant")
    void apresLeRemplacementALEcran() throws Exception {
        Long organismeId = organisme().getId();
        String durand = identifiant(EMAIL_DURAND);
        String claire = identifiant(NOUVEL_EMAIL);
        assertEquals(durand, enVigueur().getContrat().getAdministrateur().getIdentifiantCompte());
        // The successor is centralised: the Caf manages, so read the derivation itself, not habilitation:administrer.
        assertTrue(droitsDe(durand).administrateur());
        assertFalse(droitsDe(claire).administrateur());
        assertEquals(StatutCompte.SUSPENDU, utilisateurs.parIdentifiant(claire).orElseThrow().getStatut());
    }

    @Test
    @Order(8)
    @RunAsClient
    @DisplayName("R-AUTH-4 : un navigateur obsolète est envoyé vers la page des navigateurs acceptés, sans formulaire de connexion ; l'API ne le concerne pas")
    void navigateurObsolete() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> connexion = client.send(HttpRequest.newBuilder(URI.create(Http.base() + "/login.xhtml"))
                .header("User-Agent", VIEUX_NAVIGATEUR).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, connexion.statusCode());
        assertTrue(connexion.headers().firstValue("Location").orElseThrow().endsWith("/navigateur-non-pris-en-charge.xhtml"));

        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(Http.base() + "/navigateur-non-pris-en-charge.xhtml"))
                .header("User-Agent", VIEUX_NAVIGATEUR).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        for (String attendu : List.of("Votre navigateur doit être mis à jour", "Google Chrome", "Microsoft Edge", "Firefox ESR",
                "Safari", "version 132 ou plus récente")) {
            assertTrue(page.body().contains(attendu), attendu);
        }
        assertFalse(page.body().contains("motDePasse") || page.body().contains("type=\"password\""), "no login offered");

        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(Http.base() + "/api/traces/verification"))
                .header("User-Agent", VIEUX_NAVIGATEUR).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, api.statusCode(), "the API answers as always: programs are not judged by their User-Agent");

        HttpResponse<String> recent = client.send(HttpRequest.newBuilder(URI.create(Http.base() + "/login.xhtml"))
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, recent.statusCode());
    }

    @Test
    @Order(9)
    @DisplayName("R-AUTH-4 : chaque refus de navigateur est tracé (NAVIGATEUR_REFUSE, le navigateur et la règle)")
    void refusTrace() throws Exception {
        try (Connection connexion = base.getConnection();
             PreparedStatement sql = connexion.prepareStatement("SELECT COUNT(*) FROM trace WHERE action = 'NAVIGATEUR_REFUSE'"
                     + " AND resultat = 'REFUS' AND cible_id = '/login.xhtml' AND detail LIKE 'R-AUTH-4 : Internet Explorer 11%'");
             ResultSet rs = sql.executeQuery()) {
            rs.next();
            assertTrue(rs.getLong(1) >= 1, "the refusal of the previous test is in the journal");
        }
    }
}

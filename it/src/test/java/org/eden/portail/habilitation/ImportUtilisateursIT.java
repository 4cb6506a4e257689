package org.eden.portail.habilitation;

import org.eden.portail.shared.ReferentielDeTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.convention.ConventionService;
import org.eden.portail.convention.NouvelleConvention;
import org.eden.portail.convention.QuotaDemande;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.convention.StatutConvention;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.BoiteCourrielDeTest;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.LectureSeule;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.TypeOrganisme;
import org.eden.portail.shared.ConventionsDeTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.eden.portail.shared.EnTantQue.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-HAB-10 on the real server (H2 and PostgreSQL): a CSV with good and bad lines is previewed
 * (each line's check names its rule), then run in the background: a per-line report, bad lines
 * leave nothing, the quota (R-HAB-3) refuses exactly the excess lines, created users get their two
 * mails (R-HAB-9); a responsable imports into his sub-tree only (R-HAB-5). Caf 980 is this class's.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportUtilisateursIT {

    private static final String CAF = "980";
    private static final String ADMINISTRATEUR_CAF = "XCA980101";
    private static final String VERIFICATEUR_CAF = "XCV980101";
    private static final String SIRET = "98000000000011";
    private static final String SIRET_AUTRE = "98000000000029";
    private static final String RESPONSABLE = "IMR980901";

    /** Line 1 is the header; the BOM and the header are skipped; quota T2 = 2. */
    private static final String FICHIER = "\uFEFFnom;prénom;e-mail;groupes\n"
            + "Durand;Alice;alice.durand@import980.test;Social\n"             // 2: created (T2 1/2)
            + "Petit;;bob.petit@import980.test;Social\n"                      // 3: R-HAB-10 missing first name
            + "Roux;Chloé;pas-une-adresse;Social\n"                           // 4: R-HAB-9 bad e-mail
            + "Blanc;David;david.blanc@import980.test;Inconnu\n"              // 5: R-HAB-2 unknown group
            + "Noir;Eva;ALICE.DURAND@import980.test;Pilotage\n"               // 6: R-HAB-1 same person as line 2
            + "Vert;Fanny;fanny.vert@import980.test;Social|Pilotage\n"        // 7: created (T2 2/2)
            + "Gris;Hugo;hugo.gris@import980.test;Pilotage|Social\n"          // 8: R-HAB-3, T2 full — nothing left
            + "Lenoir;Inès;ines.lenoir@import980.test;\"Social › Accueil\"\n"; // 9: created (Accueil: TDB only)

    @Inject
    ImportUtilisateursService imports;

    @Inject
    GroupeService groupes;

    @Inject
    ConventionService conventionService;

    @Inject
    ConventionRepository conventions;

    @Inject
    HabilitationRepository depot;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    UserTransaction transaction;

    @Inject
    RevueRepository lots;

    private OrganismePartenaire organisme(String siret) {
        return referentiel.organisme(siret);
    }

    private static byte[] octets(String texte) {
        return texte.getBytes(StandardCharsets.UTF_8);
    }

    private static NouvelleConvention convention(Long organismeId, String lettre) {
        return ConventionsDeTest.deleguee(organismeId, lettre, "Iris", "Ivan", "partenaire980.test",
                new QuotaDemande(ServiceCatalogue.CDAP, "T2", 2, 2),
                new QuotaDemande(ServiceCatalogue.TABLEAU_DE_BORD, "AGENT_CAF", 10, 10));
    }

    /** In the test JVM (JUnit 5 Arquillian runs @BeforeAll on the client only): the relay the server sends to. */
    @BeforeAll
    static void ouvrirLaBoite() {
        BoiteCourrielDeTest.demarrer();
    }

    // In the server: a @BeforeEach would run in the test JVM too, without injection, before the
    // @RunAsClient test that counts the mails, these conventions' included; @BeforeAll runs there only.
    @Test
    @Order(2)
    @DisplayName("Préalable : deux partenaires de la Caf 980 sous convention active ; le premier a Social (CDAP T2, quota 2) › Accueil (TDB), Pilotage (TDB), et un responsable sur Social")
    void preparer() throws Exception {
        transaction.begin();
        Caf caf = referentiel.caf(CAF, "Caf d'essai de l'import");
        for (String[] o : List.of(new String[]{"Commune de l'import", SIRET}, new String[]{"Autre commune de l'import", SIRET_AUTRE})) {
            referentiel.organisme(caf, o[0], o[1], TypeOrganisme.COMMUNE, "3, rue de l'Import", "98000");
        }
        agent(caf, ADMINISTRATEUR_CAF, RoleCaf.ADMINISTRATEUR_CAF);
        agent(caf, VERIFICATEUR_CAF, RoleCaf.VERIFICATEUR_CAF);
        utilisateurs.enregistrer(Utilisateur.partenaire(organisme(SIRET), RESPONSABLE, "Responsable", "Rémi",
                "remi.responsable@import980.test", HachageMotDePasse.hacher(ReferentielDeTest.MOT_DE_PASSE), HorlogeDuServeur.maintenant()));
        transaction.commit();
        for (String siret : List.of(SIRET, SIRET_AUTRE)) {
            ConventionsDeTest.validee(conventionService, CAF, ADMINISTRATEUR_CAF, VERIFICATEUR_CAF,
                    convention(organisme(siret).getId(), siret.equals(SIRET) ? "I" : "J"));
        }
        String admin = referentiel.administrateur(SIRET);
        Long o = organisme(SIRET).getId();
        Long social = en(admin, () -> groupes.creerGroupe(o, "Social")).id();
        en(admin, () -> groupes.attribuerRole(social, ServiceCatalogue.CDAP, "T2"));
        Long accueil = en(admin, () -> groupes.creerSousGroupe(social, "Accueil")).id();
        en(admin, () -> groupes.attribuerRole(accueil, ServiceCatalogue.TABLEAU_DE_BORD, "AGENT_CAF"));
        Long pilotage = en(admin, () -> groupes.creerGroupe(o, "Pilotage")).id();
        en(admin, () -> groupes.attribuerRole(pilotage, ServiceCatalogue.TABLEAU_DE_BORD, "AGENT_CAF"));
        en(admin, () -> groupes.nommerResponsable(social, RESPONSABLE));

        LectureSeule.verifier(transaction, this::verifierPreparation);
    }

    private void verifierPreparation() {
        for (String siret : List.of(SIRET, SIRET_AUTRE)) {
            assertEquals(StatutConvention.ACTIVE, conventions.conventionEnVigueur(organisme(siret).getId()).orElseThrow().getStatut(), siret);
        }
        Map<String, List<String>> roles = new TreeMap<>();
        for (Groupe groupe : depot.groupesDe(organisme(SIRET).getId())) {
            roles.put(groupe.getChemin(), groupe.getRoles().stream().map(RoleGroupe::toString).sorted().toList());
        }
        assertEquals(Map.of("Pilotage", List.of("TDB AGENT_CAF"), "Social", List.of("CDAP T2"), "Social › Accueil", List.of("TDB AGENT_CAF")),
                roles);
        assertEquals(List.of("Social " + RESPONSABLE), depot.responsablesDe(organisme(SIRET).getId()).stream()
                .map(r -> r.getGroupe().getNom() + " " + r.getUtilisateur().getIdentifiant()).toList());
        assertEquals(0, depot.titulaires(conventions.conventionEnVigueur(organisme(SIRET).getId()).orElseThrow().getId(),
                ServiceCatalogue.CDAP, "T2"), "both T2 places are free for the file");
    }

    private void agent(Caf caf, String identifiant, RoleCaf role) {
        if (utilisateurs.parIdentifiant(identifiant).isEmpty()) {
            utilisateurs.enregistrer(Utilisateur.agentCaf(caf, identifiant, "Agent", "Import", identifiant.toLowerCase() + "@caf980.test",
                    HachageMotDePasse.hacher(ReferentielDeTest.MOT_DE_PASSE), HorlogeDuServeur.maintenant(), EnumSet.of(role)));
        }
    }

    @Test
    @Order(3)
    @DisplayName("R-HAB-10 : l'aperçu vérifie chaque ligne sans rien écrire — champ manquant, R-HAB-9 adresse, R-HAB-2 groupe inconnu, R-HAB-1 doublon, R-HAB-3 quota dépassé")
    void apercu() throws Exception {
        String admin = referentiel.administrateur(SIRET);
        List<LigneApercu> apercu = en(admin, () -> imports.previsualiser(null, octets(FICHIER)));
        Map<Integer, LigneApercu> parNumero = apercu.stream().collect(Collectors.toMap(LigneApercu::numero, Function.identity()));
        assertEquals(8, apercu.size(), "the header is not a user");
        assertEquals("OK", parNumero.get(2).resultat());
        assertTrue(parNumero.get(3).message().startsWith("R-HAB-10 : Champ manquant : le prénom"), parNumero.get(3).message());
        assertTrue(parNumero.get(4).message().startsWith("R-HAB-9"), parNumero.get(4).message());
        assertTrue(parNumero.get(5).message().startsWith("R-HAB-2") && parNumero.get(5).message().contains("Inconnu"));
        assertTrue(parNumero.get(6).message().startsWith("R-HAB-1") && parNumero.get(6).message().contains("ligne 2"),
                parNumero.get(6).message());
        assertEquals("OK", parNumero.get(7).resultat());
        assertTrue(parNumero.get(8).message().startsWith("R-HAB-3") && parNumero.get(8).message().contains("CDAP T2"),
                parNumero.get(8).message());
        assertEquals("OK", parNumero.get(9).resultat(), "a group named by its path");
        assertTrue(utilisateurs.parOrganismeEtEmail(organisme(SIRET).getId(), "alice.durand@import980.test").isEmpty(), "a preview writes nothing");

        // R-HAB-5: the responsable of "Social" may not import into "Pilotage".
        List<LigneApercu> responsable = en(RESPONSABLE, () -> imports.previsualiser(organisme(SIRET).getId(),
                octets("Bleu,Jade,jade.bleu@import980.test,Pilotage\nRose,Léo,leo.rose@import980.test,Accueil\n")));
        assertTrue(responsable.get(0).message().startsWith("R-HAB-5"), responsable.get(0).message());
        assertEquals("OK", responsable.get(1).resultat(), "comma separator detected, Accueil is in his sub-tree");

        // Limits with a clear message.
        RegleMetierException tropGros = assertThrows(RegleMetierException.class,
                () -> en(admin, () -> imports.previsualiser(null, new byte[FichierImport.TAILLE_MAXIMALE + 1])));
        assertEquals("R-HAB-10", tropGros.getRegle());
        String tropLong = "x;y;z@import980.test;Social\n".repeat(FichierImport.LIGNES_MAXIMALES + 1);
        RegleMetierException tropDeLignes = assertThrows(RegleMetierException.class, () -> en(admin, () -> imports.previsualiser(null, octets(tropLong))));
        assertTrue(tropDeLignes.getMessage().contains(String.valueOf(FichierImport.LIGNES_MAXIMALES)), tropDeLignes.getMessage());
        // Another organisation's administrateur cannot import here.
        assertThrows(AuthorizationException.class, () -> en(referentiel.administrateur(SIRET_AUTRE),
                () -> imports.previsualiser(organisme(SIRET).getId(), octets(FICHIER))));
    }

    @Test
    @Order(4)
    @DisplayName("R-HAB-10 : l'import s'exécute ligne à ligne (progression jusqu'à 100 %), rapport par ligne ; une ligne en erreur ne laisse rien ; R-HAB-3 refuse exactement la ligne de trop")
    void execution() throws Exception {
        String admin = referentiel.administrateur(SIRET);
        Long o = organisme(SIRET).getId();
        Long id = en(admin, () -> imports.lancer(null, "equipe.csv", octets(FICHIER)));
        EtatImport etat = await("the import finishes within two minutes").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200)).pollInSameThread()
                .until(() -> en(admin, () -> imports.progression(id)), EtatImport::termine);
        assertEquals(100, etat.getPourcentage());
        assertEquals(8, etat.total());
        assertEquals(3, etat.creees());
        assertEquals(5, etat.refusees());

        EtatImport rapport = en(admin, () -> imports.rapport(id));
        Map<Integer, LigneApercu> parNumero = rapport.lignes().stream().collect(Collectors.toMap(LigneApercu::numero, Function.identity()));
        for (int creee : List.of(2, 7, 9)) {
            assertEquals("CREEE", parNumero.get(creee).resultat(), "line " + creee + " : " + parNumero.get(creee).message());
            assertNotNull(parNumero.get(creee).identifiant());
        }
        Map<Integer, String> regles = Map.of(3, "R-HAB-10 :", 4, "R-HAB-9 :", 5, "R-HAB-2 :", 6, "R-HAB-1 :", 8, "R-HAB-3 :");
        for (Map.Entry<Integer, String> refusee : regles.entrySet()) {
            LigneApercu ligne = parNumero.get(refusee.getKey());
            assertEquals("REFUSEE", ligne.resultat());
            assertNull(ligne.identifiant());
            assertTrue(ligne.message().startsWith(refusee.getValue()), "line " + refusee.getKey() + " : " + ligne.message());
        }

        // Nothing half-created: Hugo (line 8) was refused at his second group — no account, no attachment.
        for (String email : List.of("bob.petit@import980.test", "david.blanc@import980.test", "hugo.gris@import980.test")) {
            assertTrue(utilisateurs.parOrganismeEtEmail(o, email).isEmpty(), email);
        }
        assertTrue(utilisateurs.deLOrganisme(o).stream().noneMatch(u -> u.getNom().equals("Noir") || u.getNom().equals("Roux")));
        Long conventionId = conventions.conventionEnVigueur(o).orElseThrow().getId();
        assertEquals(2, depot.titulaires(conventionId, ServiceCatalogue.CDAP, "T2"), "the quota, exactly full");
        Utilisateur fanny = utilisateurs.parOrganismeEtEmail(o, "fanny.vert@import980.test").orElseThrow();
        assertEquals(2, depot.rattachementsDe(fanny.getId()).size(), "both her groups");
        assertEquals(fanny.getIdentifiant(), parNumero.get(7).identifiant());

        // The report is the organisation's: another administrateur cannot read it.
        assertThrows(AuthorizationException.class, () -> en(referentiel.administrateur(SIRET_AUTRE), () -> imports.rapport(id)));
    }

    @Test
    @Order(5)
    @RunAsClient
    @DisplayName("R-HAB-9, R-HAB-10 : chaque utilisateur créé par l'import reçoit deux courriels, aucun pour les lignes refusées")
    void deuxCourrielsParUtilisateurCree() {
        try {
            List<String> crees = List.of("alice.durand@import980.test", "fanny.vert@import980.test", "ines.lenoir@import980.test");
            Map<String, List<String>> parDestinataire = await("two mails for each created user").atMost(Duration.ofSeconds(60))
                    .until(() -> Arrays.stream(BoiteCourrielDeTest.recus())
                                    .collect(Collectors.groupingBy(BoiteCourrielDeTest::destinataire,
                                            Collectors.mapping(BoiteCourrielDeTest::objet, Collectors.toList()))),
                            vus -> crees.stream().allMatch(c -> vus.getOrDefault(c, List.of()).size() >= 2));
            for (String cree : crees) {
                assertEquals(List.of("Votre identifiant Mon Compte Partenaire", "Votre mot de passe provisoire Mon Compte Partenaire"),
                        parDestinataire.getOrDefault(cree, List.of()).stream().sorted().toList(), cree);
            }
            for (String refuse : List.of("hugo.gris@import980.test", "david.blanc@import980.test", "bob.petit@import980.test")) {
                assertTrue(!parDestinataire.containsKey(refuse), refuse);
            }
        } finally {
            BoiteCourrielDeTest.arreter();
        }
    }

    @Test
    @Order(6)
    @DisplayName("R-HAB-10 : un import resté « en cours » sans exécutant (serveur redémarré) reprend là où il s'était arrêté ; la ligne déjà traitée ne l'est pas deux fois")
    void repriseDUnImportInterrompu() throws Exception {
        String admin = referentiel.administrateur(SIRET);
        Long o = organisme(SIRET).getId();
        // As a server killed after line 2 leaves it: launched 3 minutes ago, its runner's lease expired.
        Instant lanceLe = HorlogeDuServeur.maintenant().minus(ImportUtilisateurs.BAIL).minusSeconds(60);
        transaction.begin();
        ImportUtilisateurs lot = lots.enregistrer(new ImportUtilisateurs(o, "interrompu.csv", 3, admin, lanceLe));
        LigneImport faite = lots.enregistrer(new LigneImport(lot.getId(), 2, "Avant", "Jeanne", "jeanne.avant@import980.test", "Social › Accueil"));
        faite.refusee("R-HAB-10 : traitée avant l'interruption.");
        lot.compter(false);
        lots.enregistrer(new LigneImport(lot.getId(), 3, "Reprise", "Karim", "karim.reprise@import980.test", "Social › Accueil"));
        lots.enregistrer(new LigneImport(lot.getId(), 4, "Reprise", "Lina", "lina.reprise@import980.test", "Social › Accueil"));
        transaction.commit();
        Long id = lot.getId();

        // RepriseImports looks every 30 s on every node.
        EtatImport etat = await("the interrupted import is resumed and finishes").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500)).pollInSameThread()
                .until(() -> en(admin, () -> imports.progression(id)), EtatImport::termine);
        assertEquals(3, etat.total());
        assertEquals(2, etat.creees(), "lines 3 and 4, not processed before the interruption");
        assertEquals(1, etat.refusees(), "line 2, processed before it and not again");
        Map<Integer, LigneApercu> parNumero = en(admin, () -> imports.rapport(id)).lignes().stream()
                .collect(Collectors.toMap(LigneApercu::numero, Function.identity()));
        assertEquals("R-HAB-10 : traitée avant l'interruption.", parNumero.get(2).message());
        assertTrue(utilisateurs.parOrganismeEtEmail(o, "jeanne.avant@import980.test").isEmpty());
        for (int numero : List.of(3, 4)) {
            assertEquals("CREEE", parNumero.get(numero).resultat(), "line " + numero + " : " + parNumero.get(numero).message());
        }
        assertTrue(utilisateurs.parOrganismeEtEmail(o, "lina.reprise@import980.test").isPresent());
    }
}

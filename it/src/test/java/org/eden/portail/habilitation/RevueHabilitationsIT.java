package org.eden.portail.habilitation;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.convention.ConventionService;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.ReferentielDeTest;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.ConventionsDeTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.Callable;

import static org.eden.portail.habilitation.DonneesRevueDeTest.ADMINISTRATEUR_CAF;
import static org.eden.portail.habilitation.DonneesRevueDeTest.AGENT_AUTRE_CAF;
import static org.eden.portail.habilitation.DonneesRevueDeTest.CAF;
import static org.eden.portail.habilitation.DonneesRevueDeTest.SIRET_R;
import static org.eden.portail.habilitation.DonneesRevueDeTest.SIRET_S;
import static org.eden.portail.habilitation.DonneesRevueDeTest.SUPERVISEUR_CAF;
import static org.eden.portail.habilitation.DonneesRevueDeTest.VERIFICATEUR_CAF;
import static org.eden.portail.shared.EnTantQue.en;
import static org.eden.portail.shared.EnTantQue.refuse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-HAB-8 on the real server (H2 and PostgreSQL): the Caf opens the year's campaign once, the
 * administrateur partenaire keeps or removes each habilitation (per line and in bulk) and signs
 * off, removed habilitations are devalidated and their quota places freed, the Caf's superviseur
 * reads each partner's state; another organisation or another Caf is refused.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RevueHabilitationsIT {

    @Inject
    RevueHabilitationsService revue;

    @Inject
    GroupeService groupes;

    @Inject
    UtilisateursPartenaireService utilisateursPartenaire;

    @Inject
    ConventionService conventionService;

    @Inject
    HabilitationRepository depot;

    @Inject
    DonneesRevueDeTest donnees;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    UserTransaction transaction;

    private static void interdit(String identifiant, Callable<?> action) {
        assertThrows(AuthorizationException.class, () -> en(identifiant, action));
    }

    private OrganismePartenaire organisme(String siret) {
        return donnees.organisme(siret);
    }

    private void conventionActive(Long organismeId, String lettre, int quotaT2) throws Exception {
        ConventionsDeTest.validee(conventionService, CAF, ADMINISTRATEUR_CAF, VERIFICATEUR_CAF,
                DonneesRevueDeTest.convention(organismeId, lettre, quotaT2));
    }

    private static LigneRevue ligne(RevueVue vue, String identifiant, String profil) {
        return vue.lignes().stream().filter(l -> l.identifiant().equals(identifiant) && l.profil().equals(profil))
                .findFirst().orElseThrow(() -> new AssertionError(identifiant + " " + profil + " absent de " + vue.lignes().size() + " lignes"));
    }

    private static EtatRevuePartenaire etat(SuiviCampagne suivi, String siret) {
        return suivi.partenaires().stream().filter(p -> p.siret().equals(siret)).findFirst().orElseThrow();
    }

    private long titulairesT2(String siret) {
        return depot.titulaires(referentiel.conventionEnVigueur(siret).getId(), ServiceCatalogue.CDAP, "T2");
    }

    /** Prepared once, in the server, before the first test (all of them run there). */
    private static boolean prepare;

    /**
     * Two partners of Caf 981 with an active convention; R: three users in T2, TDB and mixed groups.
     * JUnit 5 Arquillian runs @BeforeAll in the test JVM only, without injection; @BeforeEach runs
     * where the test runs, here in the server, where this class's static state lasts for the deployment.
     */
    @BeforeEach
    void preparerUneFois() throws Exception {
        if (prepare) {
            return;
        }
        transaction.begin();
        donnees.preparer();
        OrganismePartenaire r = organisme(SIRET_R);
        donnees.utilisateur(r, "RVA981901", "Anne");
        donnees.utilisateur(r, "RVB981902", "Basile");
        donnees.utilisateur(r, "RVC981903", "Chloé");
        transaction.commit();
        conventionActive(r.getId(), "R", 3);
        conventionActive(organisme(SIRET_S).getId(), "S", 3);
        String admin = referentiel.administrateur(SIRET_R);
        Long social = en(admin, () -> groupes.creerGroupe(r.getId(), "Social")).id();
        en(admin, () -> groupes.attribuerRole(social, ServiceCatalogue.CDAP, "T2"));
        Long pilotage = en(admin, () -> groupes.creerGroupe(r.getId(), "Pilotage")).id();
        en(admin, () -> groupes.attribuerRole(pilotage, ServiceCatalogue.TABLEAU_DE_BORD, "AGENT_CAF"));
        Long mixte = en(admin, () -> groupes.creerGroupe(r.getId(), "Mixte")).id();
        en(admin, () -> groupes.attribuerRole(mixte, ServiceCatalogue.CDAP, "T2"));
        en(admin, () -> groupes.attribuerRole(mixte, ServiceCatalogue.TABLEAU_DE_BORD, "AGENT_CAF"));
        en(admin, () -> utilisateursPartenaire.rattacher(social, "RVA981901"));
        en(admin, () -> utilisateursPartenaire.rattacher(pilotage, "RVA981901"));
        en(admin, () -> utilisateursPartenaire.rattacher(social, "RVB981902"));
        en(admin, () -> utilisateursPartenaire.rattacher(mixte, "RVC981903"));
        assertEquals(3, titulairesT2(SIRET_R), "the T2 quota is full");
        prepare = true;
    }

    @Test
    @Order(2)
    @DisplayName("R-HAB-8 : sans campagne ouverte, la revue ne commence pas ; seul l'administrateur Caf ouvre la campagne, une fois par an (réouverture refusée)")
    void ouvertureDeLaCampagne() throws Exception {
        String admin = referentiel.administrateur(SIRET_R);
        RegleMetierException pasOuverte = refuse("R-HAB-8", admin, () -> revue.toutConserver(null));
        assertTrue(pasOuverte.getMessage().contains("n'a pas encore ouvert"), pasOuverte.getMessage());
        assertFalse(en(admin, () -> revue.revue(null)).campagneOuverte());

        interdit(SUPERVISEUR_CAF, () -> revue.ouvrirCampagne(CAF));
        interdit(VERIFICATEUR_CAF, () -> revue.ouvrirCampagne(CAF));
        interdit(AGENT_AUTRE_CAF, () -> revue.ouvrirCampagne(CAF));
        interdit(admin, () -> revue.ouvrirCampagne(CAF));

        SuiviCampagne ouverte = en(ADMINISTRATEUR_CAF, () -> revue.ouvrirCampagne(CAF));
        assertTrue(ouverte.isOuverte());
        assertEquals(ADMINISTRATEUR_CAF, ouverte.ouvertePar());
        assertEquals(StatutRevue.NON_COMMENCEE, etat(ouverte, SIRET_R).statut());
        assertEquals(5, etat(ouverte, SIRET_R).habilitations(), "Anne T2 + AGENT_CAF, Basile T2, Chloé T2 + AGENT_CAF");

        RegleMetierException deuxFois = refuse("R-HAB-8", ADMINISTRATEUR_CAF, () -> revue.ouvrirCampagne(CAF));
        assertTrue(deuxFois.getMessage().contains("déjà ouverte"), deuxFois.getMessage());
    }

    @Test
    @Order(3)
    @DisplayName("R-HAB-8 : l'administrateur partenaire revoit chaque habilitation (retrait par ligne, « tout conserver »), un autre organisme, un responsable ou une autre Caf sont refusés")
    void revueParLAdministrateur() throws Exception {
        String admin = referentiel.administrateur(SIRET_R);
        Long r = organisme(SIRET_R).getId();
        RevueVue vue = en(admin, () -> revue.revue(null));
        assertTrue(vue.campagneOuverte());
        assertEquals(StatutRevue.NON_COMMENCEE, vue.statut());
        assertEquals(5, vue.lignes().size());
        assertEquals("Mixte", ligne(vue, "RVC981903", "T2").groupes(), "each line says which group gives it");

        // Another organisation's administrateur, even forging the ids, and another Caf: refused.
        String adminS = referentiel.administrateur(SIRET_S);
        interdit(adminS, () -> revue.revue(r));
        interdit(adminS, () -> revue.decider(r, List.of(ligne(vue, "RVA981901", "T2").habilitationId()), DecisionRevue.RETIRER));
        Long s = organisme(SIRET_S).getId();
        RevueVue vueS = en(adminS, () -> revue.revue(s));
        assertTrue(vueS.lignes().isEmpty());
        interdit(adminS, () -> revue.decider(s, List.of(ligne(vue, "RVA981901", "T2").habilitationId()), DecisionRevue.RETIRER));
        interdit(AGENT_AUTRE_CAF, () -> revue.suiviCampagne(CAF, revue.anneeEnCours()));
        interdit("RVA981901", () -> revue.revue(r));

        // Per line: Anne loses T2; the review is now in progress.
        RevueVue enCours = en(admin, () -> revue.decider(r, List.of(ligne(vue, "RVA981901", "T2").habilitationId()), DecisionRevue.RETIRER));
        assertEquals(StatutRevue.EN_COURS, enCours.statut());
        assertEquals(DecisionRevue.RETIRER, ligne(enCours, "RVA981901", "T2").decision());
        assertEquals(4, enCours.getNombreADecider());
        SuiviCampagne suivi = en(SUPERVISEUR_CAF, () -> revue.suiviCampagne(CAF, revue.anneeEnCours()));
        assertEquals(StatutRevue.EN_COURS, etat(suivi, SIRET_R).statut());
        assertEquals(1, etat(suivi, SIRET_R).retirees());

        // Not everything decided: no sign-off.
        RegleMetierException incomplete = refuse("R-HAB-8", admin, () -> revue.signer(r));
        assertTrue(incomplete.getMessage().startsWith("4 habilitation(s)"), incomplete.getMessage());

        // The suppléant selects Chloé's T2 to remove, then keeps the rest in bulk.
        String suppleant = referentiel.suppleant(SIRET_R);
        en(suppleant, () -> revue.decider(r, List.of(ligne(vue, "RVC981903", "T2").habilitationId()), DecisionRevue.RETIRER));
        RevueVue toutes = en(suppleant, () -> revue.toutConserver(r));
        assertEquals(0, toutes.getNombreADecider());
        assertEquals(3, toutes.conservees());
        assertEquals(2, toutes.retirees());
        assertEquals(DecisionRevue.RETIRER, ligne(toutes, "RVA981901", "T2").decision(), "bulk keep leaves decided lines alone");
    }

    @Test
    @Order(4)
    @DisplayName("R-HAB-8 : signer retire les habilitations refusées (dévalidées, quota R-HAB-3 libéré), sauf si un groupe porte aussi un rôle conservé — alors rien n'est fait")
    void signature() throws Exception {
        String admin = referentiel.administrateur(SIRET_R);
        Long r = organisme(SIRET_R).getId();
        // Chloé's T2 comes from "Mixte", which also gives her AGENT_CAF, kept: refused, nothing done.
        RegleMetierException mixte = refuse("R-HAB-8", admin, () -> revue.signer(r));
        assertTrue(mixte.getMessage().contains("Mixte") && mixte.getMessage().contains("TDB AGENT_CAF"), mixte.getMessage());
        assertEquals(3, titulairesT2(SIRET_R), "the refused sign-off changed nothing");
        assertEquals(StatutRevue.EN_COURS, en(admin, () -> revue.revue(r)).statut());

        RevueVue vue = en(admin, () -> revue.revue(r));
        en(admin, () -> revue.decider(r, List.of(ligne(vue, "RVC981903", "AGENT_CAF").habilitationId()), DecisionRevue.RETIRER));
        RevueVue signee = en(admin, () -> revue.signer(r));
        assertTrue(signee.isSignee());
        assertEquals(admin, signee.signeePar());
        assertNotNull(signee.signeeLe());
        assertEquals(2, signee.conservees());
        assertEquals(3, signee.retirees());

        // Removed: devalidated (kept, dated, with the reason), the quota place freed.
        assertEquals(1, titulairesT2(SIRET_R), "R-HAB-3: two T2 places freed");
        Utilisateur anne = utilisateurs.parIdentifiant("RVA981901").orElseThrow();
        Habilitation t2Anne = depot.historiqueDe(anne.getId()).stream().filter(h -> h.getProfil().equals("T2")).findFirst().orElseThrow();
        assertEquals(StatutHabilitation.DEVALIDEE, t2Anne.getStatut());
        assertNotNull(t2Anne.getDevalideeLe());
        assertTrue(t2Anne.getMotifDevalidation().contains("revue annuelle"), t2Anne.getMotifDevalidation());
        UtilisateurVue anneVue = en(admin, () -> utilisateursPartenaire.utilisateur("RVA981901"));
        assertEquals(List.of("Pilotage"), anneVue.getGroupes(), "she left Social, kept Pilotage");
        assertEquals(1, anneVue.getHabilitations().size());
        assertTrue(en(admin, () -> utilisateursPartenaire.utilisateur("RVC981903")).getHabilitations().isEmpty());
        assertEquals(1, en(admin, () -> utilisateursPartenaire.utilisateur("RVB981902")).getHabilitations().size());

        // Signed: it no longer changes; the lines stay readable.
        refuse("R-HAB-8", admin, () -> revue.toutConserver(r));
        refuse("R-HAB-8", admin, () -> revue.signer(r));
        assertEquals(5, en(admin, () -> revue.revue(r)).lignes().size());
    }

    @Test
    @Order(5)
    @DisplayName("R-HAB-8 : le superviseur et l'administrateur de la Caf voient l'état de chaque partenaire (terminée avec ses comptes, non commencée en évidence) ; une autre Caf ne voit rien")
    void suiviParLaCaf() throws Exception {
        int annee = revue.anneeEnCours();
        for (String agent : List.of(SUPERVISEUR_CAF, ADMINISTRATEUR_CAF)) {
            SuiviCampagne suivi = en(agent, () -> revue.suiviCampagne(CAF, annee));
            EtatRevuePartenaire r = etat(suivi, SIRET_R);
            assertEquals(StatutRevue.TERMINEE, r.statut());
            assertEquals(2, r.conservees());
            assertEquals(3, r.retirees());
            assertEquals(referentiel.administrateur(SIRET_R), r.signeePar());
            assertFalse(r.isEnRetard());
            EtatRevuePartenaire s = etat(suivi, SIRET_S);
            assertEquals(StatutRevue.NON_COMMENCEE, s.statut());
            assertTrue(s.isEnRetard(), "the partner that has not done its review stands out");
            assertEquals(1, suivi.getTerminees());
            assertEquals(SIRET_S, suivi.partenaires().get(0).siret(), "not started come first");
        }
        assertFalse(en(SUPERVISEUR_CAF, () -> revue.suiviCampagne(CAF, annee - 1)).isOuverte(), "last year: no campaign");
        interdit(AGENT_AUTRE_CAF, () -> revue.suiviCampagne(CAF, annee));
        interdit(VERIFICATEUR_CAF, () -> revue.suiviCampagne(CAF, annee));
        interdit(referentiel.administrateur(SIRET_R), () -> revue.suiviCampagne(CAF, annee));
    }
}

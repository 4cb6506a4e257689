package org.eden.portail.habilitation;

import org.eden.portail.convention.Contact;
import org.eden.portail.convention.ContratDeService;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.convention.NumeroConvention;
import org.eden.portail.convention.ProfilService;
import org.eden.portail.convention.Quota;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.TypeOrganisme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants of the habilitation model, without a container. */
class HabilitationsTest {

    private final Caf eure = new Caf("271", "Caf de l'Eure", null);
    private final OrganismePartenaire cias = new OrganismePartenaire(eure, "CIAS Intercom Bernay Terres de Normandie",
            TypeOrganisme.CCAS_CIAS, "20004167100013", null);
    private final OrganismePartenaire autre = new OrganismePartenaire(eure, "Commune de Vernon",
            TypeOrganisme.COMMUNE, "21270681100016", null);
    private final ServiceCatalogue cdap = new ServiceCatalogue(ServiceCatalogue.CDAP, "CDAP", List.of(
            new ProfilService("T1", "T1"), new ProfilService("T2", "T2")));
    private final ServiceCatalogue afas = new ServiceCatalogue(ServiceCatalogue.AFAS, "AFAS", List.of(
            new ProfilService("FOURNISSEUR_ACTIVITE", "Activité"), new ProfilService("APPROBATEUR", "Approbateur")));
    private final Instant t0 = Instant.parse("2026-11-24T08:00:00Z");

    private static void refuse(String regle, Executable action) {
        RegleMetierException e = assertThrows(RegleMetierException.class, action);
        assertEquals(regle, e.getRegle(), e.getMessage());
    }

    private Convention active() {
        Convention c = Convention.enregistrer(eure, cias, new NumeroConvention(2017, 187),
                new ContratDeService(ModeGestion.DELEGUE, new Contact("CHARLES", "Ludovic", "l.charles@bernay.test", null),
                        null, null, null), LocalDate.of(2017, 11, 16), "MAR271001", t0);
        c.fixerQuota(cdap, "T2", 20, 20);
        c.fixerQuota(afas, "FOURNISSEUR_ACTIVITE", 5, 5);
        c.fixerQuota(afas, "APPROBATEUR", 1, 1);
        c.soumettre("MAR271001", t0);
        c.valider("LER271001", t0);
        c.rattacherComptes("CHA271001", null);
        c.activer("LER271001", t0);
        return c;
    }

    private Utilisateur utilisateur(OrganismePartenaire organisme, String identifiant) {
        return Utilisateur.partenaire(organisme, identifiant, "Nom", "Prénom", identifiant + "@essai.test", "hash", t0);
    }

    @Test
    @DisplayName("R-HAB-5 : l'arbre des groupes — un sous-groupe est dans le sous-arbre de ses ancêtres, pas l'inverse, ni un frère")
    void sousArbre() {
        Groupe actionSociale = Groupe.racine(cias, "Action sociale", "CHA271001", t0);
        Groupe accueil = actionSociale.creerSousGroupe("Accueil", "CHA271001", t0);
        Groupe guichet = accueil.creerSousGroupe("Guichet", "CHA271001", t0);
        Groupe enfance = Groupe.racine(cias, "Petite enfance", "CHA271001", t0);

        assertTrue(guichet.estDansLeSousArbreDe(actionSociale));
        assertTrue(accueil.estDansLeSousArbreDe(accueil), "a group is in its own sub-tree");
        assertFalse(accueil.estSousGroupeDe(accueil), "but not a sub-group of itself");
        assertTrue(guichet.estSousGroupeDe(actionSociale));
        assertFalse(actionSociale.estDansLeSousArbreDe(accueil));
        assertFalse(enfance.estDansLeSousArbreDe(actionSociale));
        assertEquals("Action sociale › Accueil › Guichet", guichet.getChemin());
        assertEquals(cias, guichet.getOrganisme(), "a sub-group stays in its parent's organisation");
    }

    @Test
    @DisplayName("R-HAB-2 : un groupe a un nom (100 caractères au plus) ; un rôle n'est porté qu'une fois")
    void groupeEtRoles() {
        refuse("R-HAB-2", () -> Groupe.racine(cias, "  ", "CHA271001", t0));
        refuse("R-HAB-2", () -> Groupe.racine(cias, "x".repeat(101), "CHA271001", t0));
        Groupe g = Groupe.racine(cias, "  Action   sociale ", "CHA271001", t0);
        assertEquals("Action sociale", g.getNom());
        assertTrue(g.attribuerRole(new RoleGroupe("CDAP", "T2")));
        assertFalse(g.attribuerRole(new RoleGroupe("CDAP", "T2")));
        assertEquals(Set.of(new RoleGroupe("CDAP", "T2")), g.getRoles());
        assertTrue(g.retirerRole(new RoleGroupe("CDAP", "T2")));
        assertTrue(g.getRoles().isEmpty());
    }

    @Test
    @DisplayName("R-HAB-1, R-HAB-5 : on ne rattache à un groupe, ni ne nomme responsable, qu'un utilisateur du même organisme")
    void memeOrganisme() {
        Groupe g = Groupe.racine(cias, "Action sociale", "CHA271001", t0);
        refuse("R-HAB-1", () -> new Rattachement(g, utilisateur(autre, "ETR271001"), "CHA271001", t0));
        refuse("R-HAB-5", () -> new ResponsableHabilitations(g, utilisateur(autre, "ETR271001"), "CHA271001", t0));
        ResponsableHabilitations r = new ResponsableHabilitations(g, utilisateur(cias, "LEM271001"), "CHA271001", t0);
        assertTrue(r.couvre(g.creerSousGroupe("Accueil", "CHA271001", t0)));
        assertFalse(r.couvre(Groupe.racine(cias, "Petite enfance", "CHA271001", t0)));
    }

    @Test
    @DisplayName("R-HAB-6, R-TRACE-3 : suspendue avec un motif, réactivée ; dévalidée elle est datée, sort du quota et ne change plus")
    void cycleDeVie() {
        Habilitation h = new Habilitation(active(), utilisateur(cias, "DUP271001"), new RoleGroupe("CDAP", "T2"), t0);
        assertEquals(StatutHabilitation.ACTIVE, h.getStatut());
        assertEquals(t0, h.getValideDepuis());
        refuse("R-HAB-6", () -> h.suspendre(" ", t0));
        h.suspendre("Départ en congé", t0.plusSeconds(60));
        assertEquals(StatutHabilitation.SUSPENDUE, h.getStatut());
        assertEquals("Départ en congé", h.getMotifSuspension());
        refuse("R-HAB-6", () -> h.suspendre("encore", t0));
        h.reactiver();
        assertTrue(h.estActive());
        assertNull(h.getSuspendueLe());
        refuse("R-HAB-6", h::reactiver);

        Instant fin = t0.plusSeconds(3600);
        h.devalider("Détaché du groupe « Accueil »", fin);
        assertTrue(h.estDevalidee());
        assertEquals(fin, h.getDevalideeLe(), "R-TRACE-3: the purge counts six years from this date");
        assertNotNull(h.getMotifDevalidation());
        refuse("R-HAB-6", () -> h.suspendre("motif", t0));
        refuse("R-HAB-6", h::reactiver);
        assertDoesNotThrow(() -> h.devalider("encore", fin.plusSeconds(1)));
        assertEquals(fin, h.getDevalideeLe(), "a devalidation keeps its first date");
    }

    @Test
    @DisplayName("R-HAB-2 : seuls les rôles présents dans un bulletin de la convention active, message qui dit ce qui est disponible")
    void roleDuBulletin() {
        Convention c = active();
        assertEquals(20, ReglesHabilitation.exigerRoleDuBulletin(c, new RoleGroupe("CDAP", "T2")).getAccorde());
        RegleMetierException profil = assertThrows(RegleMetierException.class,
                () -> ReglesHabilitation.exigerRoleDuBulletin(c, new RoleGroupe("CDAP", "T1")));
        assertEquals("R-HAB-2", profil.getRegle());
        assertTrue(profil.getMessage().contains("T2"), profil.getMessage());
        RegleMetierException service = assertThrows(RegleMetierException.class,
                () -> ReglesHabilitation.exigerRoleDuBulletin(c, new RoleGroupe("TDB", "AGENT_CAF")));
        assertTrue(service.getMessage().contains("AFAS, CDAP"), service.getMessage());
        refuse("R-HAB-2", () -> ReglesHabilitation.exigerConventionActive(null, "CIAS"));
    }

    @Test
    @DisplayName("R-HAB-3 : le quota refuse la place de trop en nommant le quota")
    void quota() {
        Convention c = active();
        RoleGroupe t2 = new RoleGroupe("CDAP", "T2");
        Quota quota = ReglesHabilitation.exigerRoleDuBulletin(c, t2);
        assertDoesNotThrow(() -> ReglesHabilitation.exigerPlaceLibre(c, quota, t2, 19));
        RegleMetierException e = assertThrows(RegleMetierException.class, () -> ReglesHabilitation.exigerPlaceLibre(c, quota, t2, 20));
        assertEquals("R-HAB-3", e.getRegle());
        assertTrue(e.getMessage().contains("CDAP T2") && e.getMessage().contains("2017-187") && e.getMessage().contains("20 sur 20")
                || e.getMessage().contains("(20 utilisateur(s) sur 20)"), e.getMessage());
    }

    @Test
    @DisplayName("R-HAB-4 : AFAS — fournisseur d'activité ≤ 2 même si le bulletin en accorde 5, approbateur = 1, 3 rôles AFAS au plus par personne")
    void limitesAfas() {
        Convention c = active();
        RoleGroupe activite = new RoleGroupe("AFAS", "FOURNISSEUR_ACTIVITE");
        Quota q = ReglesHabilitation.exigerRoleDuBulletin(c, activite);
        assertEquals(2, ReglesHabilitation.maximum(q, activite));
        assertDoesNotThrow(() -> ReglesHabilitation.exigerPlaceLibre(c, q, activite, 1));
        refuse("R-HAB-4", () -> ReglesHabilitation.exigerPlaceLibre(c, q, activite, 2));
        RoleGroupe approbateur = new RoleGroupe("AFAS", "APPROBATEUR");
        Quota qa = ReglesHabilitation.exigerRoleDuBulletin(c, approbateur);
        assertEquals(1, ReglesHabilitation.maximum(qa, approbateur));
        refuse("R-HAB-3", () -> ReglesHabilitation.exigerPlaceLibre(c, qa, approbateur, 1));
        assertDoesNotThrow(() -> ReglesHabilitation.exigerRolesAfasParPersonne("X", List.of(activite, approbateur,
                new RoleGroupe("AFAS", "FOURNISSEUR_FINANCIER"), new RoleGroupe("CDAP", "T2"))));
        refuse("R-HAB-4", () -> ReglesHabilitation.exigerRolesAfasParPersonne("X", List.of(activite, approbateur,
                new RoleGroupe("AFAS", "FOURNISSEUR_FINANCIER"), new RoleGroupe("AFAS", "AUTRE"))));
    }

    @Test
    @DisplayName("R-HAB-12 : l'administrateur partenaire ou son suppléant n'a jamais de profil CDAP ; AFAS et Tableau de bord restent possibles")
    void administrateurSansCdap() {
        refuse("R-HAB-12", () -> ReglesHabilitation.exigerPasDeCdapPourLAdministrateur("CHA271001", true,
                List.of(new RoleGroupe("AFAS", "APPROBATEUR"), new RoleGroupe("CDAP", "T2"))));
        assertDoesNotThrow(() -> ReglesHabilitation.exigerPasDeCdapPourLAdministrateur("CHA271001", true,
                List.of(new RoleGroupe("AFAS", "APPROBATEUR"), new RoleGroupe("TDB", "AGENT_CAF"))));
        assertDoesNotThrow(() -> ReglesHabilitation.exigerPasDeCdapPourLAdministrateur("DUP271001", false,
                List.of(new RoleGroupe("CDAP", "T2"))));
    }

    @Test
    @DisplayName("R-HAB-7 : reprise en main et restitution de la délégation, toujours motivées")
    void delegation() {
        DelegationHabilitations d = new DelegationHabilitations(12L);
        refuse("R-HAB-6", () -> d.retirer("MAR271001", "", t0));
        d.retirer("MAR271001", "Manquement constaté", t0);
        assertTrue(d.isRetiree());
        d.restaurer("MAR271001", "Corrigé", t0);
        assertFalse(d.isRetiree());
        assertEquals("Corrigé", d.getMotif());
    }
}

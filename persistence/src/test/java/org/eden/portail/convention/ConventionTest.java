package org.eden.portail.convention;

import org.eden.portail.shared.Caf;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.TypeOrganisme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConventionTest {

    static final String AGENT = "MAR271001";
    static final String VERIFICATEUR = "LER271001";

    private final Caf eure = new Caf("271", "Caf de l'Eure", null);
    private final OrganismePartenaire cias = new OrganismePartenaire(eure, "CIAS Intercom Bernay Terres de Normandie",
            TypeOrganisme.CCAS_CIAS, "20004167100013", null);
    private final ServiceCatalogue cdap = new ServiceCatalogue(ServiceCatalogue.CDAP, "CDAP", List.of(
            new ProfilService("T1", "T1"), new ProfilService("T2", "T2")));
    private final ServiceCatalogue afas = new ServiceCatalogue(ServiceCatalogue.AFAS, "AFAS", List.of(
            new ProfilService("APPROBATEUR", "Approbateur")));
    private final Instant t0 = Instant.parse("2026-11-24T08:00:00Z");
    private final LocalDate debut = LocalDate.of(2026, 12, 1);

    private static Contact administrateur() {
        return new Contact("CHARLES", "Ludovic", "direction.ej@bernaynormandie.fr", "06 03 75 02 19");
    }

    private Convention brouillon(ModeGestion mode) {
        Convention c = Convention.enregistrer(eure, cias, new NumeroConvention(2026, 1),
                new ContratDeService(mode, administrateur(), null, null, null), debut, AGENT, t0);
        c.fixerQuota(cdap, "T2", 25, 20);
        return c;
    }

    private Convention aVerifier() {
        Convention c = brouillon(ModeGestion.DELEGUE);
        c.soumettre(AGENT, t0);
        return c;
    }

    private Convention active() {
        Convention c = aVerifier();
        c.valider(VERIFICATEUR, t0);
        c.rattacherComptes("CHA271001", null);
        c.activer(VERIFICATEUR, t0);
        return c;
    }

    private static void refuse(String regle, Executable action) {
        RegleMetierException e = assertThrows(RegleMetierException.class, action);
        assertEquals(regle, e.getRegle(), e.getMessage());
    }

    @Test
    @DisplayName("R-CONV-1 : une convention n'est enregistrée que pour un partenaire existant de cette Caf")
    void partenaireDeLaCaf() {
        Caf calvados = new Caf("141", "Caf du Calvados", null);
        ContratDeService contrat = new ContratDeService(ModeGestion.DELEGUE, administrateur(), null, null, null);
        refuse("R-CONV-1", () -> Convention.enregistrer(calvados, cias, new NumeroConvention(2026, 1), contrat, debut, AGENT, t0));
        refuse("R-CONV-1", () -> Convention.enregistrer(eure, null, new NumeroConvention(2026, 1), contrat, debut, AGENT, t0));
    }

    @Test
    @DisplayName("R-CONV-3 : enregistrée en brouillon, numérotée AAAA-NNN, la création est historisée")
    void enregistrement() {
        Convention c = brouillon(ModeGestion.DELEGUE);
        assertEquals(StatutConvention.BROUILLON, c.getStatut());
        assertEquals("2026-001", c.getNumero());
        TransitionConvention premiere = c.getHistorique().get(0);
        assertNull(premiere.getAvant());
        assertEquals(StatutConvention.BROUILLON, premiere.getApres());
        assertEquals(AGENT, premiere.getActeur());
        assertEquals(t0, premiere.getLe());
    }

    @Test
    @DisplayName("R-CONV-3 : le cycle complet brouillon → à vérifier → validée → active → suspendue ⇄ active → clôturée, chaque étape historisée")
    void cycleComplet() {
        Convention c = active();
        c.suspendre(AGENT, "Manquement constaté", t0);
        assertEquals(StatutConvention.SUSPENDUE, c.getStatut());
        c.reactiver(AGENT, "Manquement corrigé", t0);
        assertEquals(StatutConvention.ACTIVE, c.getStatut());
        c.cloturer(AGENT, "Fin du partenariat", LocalDate.of(2027, 6, 30), t0);
        assertEquals(StatutConvention.CLOTUREE, c.getStatut());

        List<StatutConvention> suite = c.getHistorique().stream().map(TransitionConvention::getApres).toList();
        assertEquals(List.of(StatutConvention.BROUILLON, StatutConvention.A_VERIFIER, StatutConvention.VALIDEE,
                StatutConvention.ACTIVE, StatutConvention.SUSPENDUE, StatutConvention.ACTIVE, StatutConvention.CLOTUREE), suite);
        for (int i = 1; i < c.getHistorique().size(); i++) {
            assertEquals(c.getHistorique().get(i - 1).getApres(), c.getHistorique().get(i).getAvant(), "chained at " + i);
            assertEquals(i, c.getHistorique().get(i).getRang());
        }
        assertEquals("Manquement constaté", c.getHistorique().get(4).getMotif());
        assertEquals(VERIFICATEUR, c.getHistorique().get(2).getActeur());
    }

    @Test
    @DisplayName("R-CONV-3 : toute transition hors du cycle est refusée, en nommant la règle")
    void transitionsRefusees() {
        Convention brouillon = brouillon(ModeGestion.DELEGUE);
        refuse("R-CONV-3", () -> brouillon.valider(VERIFICATEUR, t0));
        refuse("R-CONV-3", () -> brouillon.rejeter(VERIFICATEUR, "motif", t0));
        refuse("R-CONV-3", () -> brouillon.activer(VERIFICATEUR, t0));
        refuse("R-CONV-8", () -> brouillon.suspendre(AGENT, "motif", t0));
        refuse("R-CONV-3", () -> brouillon.cloturer(AGENT, "motif", debut, t0));

        Convention aVerifier = aVerifier();
        refuse("R-CONV-3", () -> aVerifier.soumettre(AGENT, t0));
        refuse("R-CONV-3", () -> aVerifier.activer(VERIFICATEUR, t0));
        refuse("R-CONV-7", () -> aVerifier.fixerQuota(cdap, "T1", 1, 1));

        Convention active = active();
        refuse("R-CONV-3", () -> active.valider(VERIFICATEUR, t0));
        refuse("R-CONV-3", () -> active.activer(VERIFICATEUR, t0));
        refuse("R-CONV-8", () -> active.reactiver(AGENT, "motif", t0));

        active.cloturer(AGENT, "Fin", debut, t0);
        refuse("R-CONV-8", () -> active.reactiver(AGENT, "motif", t0));
        refuse("R-CONV-8", () -> active.suspendre(AGENT, "motif", t0));
        refuse("R-CONV-3", () -> active.cloturer(AGENT, "motif", debut, t0));
        refuse("R-CONV-3", () -> active.soumettre(AGENT, t0));
        refuse("R-CONV-7", () -> active.modifierQuota("CDAP", "T2", 30, 0, AGENT, t0));
    }

    @Test
    @DisplayName("R-CONV-3 : contrôle à quatre yeux — l'agent qui a enregistré la convention ne peut pas la valider")
    void quatreYeux() {
        Convention c = aVerifier();
        RegleMetierException e = assertThrows(RegleMetierException.class, () -> c.valider("mar271001", t0));
        assertEquals("R-CONV-3", e.getRegle());
        assertTrue(e.getMessage().contains("quatre yeux"), e.getMessage());
        assertEquals(StatutConvention.A_VERIFIER, c.getStatut());
        c.valider(VERIFICATEUR, t0);
        assertEquals(StatutConvention.VALIDEE, c.getStatut());
    }

    @Test
    @DisplayName("R-CONV-3 : un rejet renvoie en brouillon, avec un motif obligatoire, historisé")
    void rejet() {
        Convention c = aVerifier();
        refuse("R-CONV-3", () -> c.rejeter(VERIFICATEUR, null, t0));
        refuse("R-CONV-3", () -> c.rejeter(VERIFICATEUR, "   ", t0));
        c.rejeter(VERIFICATEUR, "Quota T2 non justifié", t0);
        assertEquals(StatutConvention.BROUILLON, c.getStatut());
        TransitionConvention derniere = c.getHistorique().get(c.getHistorique().size() - 1);
        assertEquals(StatutConvention.A_VERIFIER, derniere.getAvant());
        assertEquals("Quota T2 non justifié", derniere.getMotif());
        c.fixerQuota(cdap, "T2", 10, 10);
        c.soumettre(AGENT, t0);
        assertEquals(StatutConvention.A_VERIFIER, c.getStatut());
    }

    @Test
    @DisplayName("R-CONV-3 : une convention ne devient active qu'une fois le compte de l'administrateur partenaire créé")
    void activationApresCompte() {
        Convention c = aVerifier();
        c.valider(VERIFICATEUR, t0);
        refuse("R-CONV-3", () -> c.activer(VERIFICATEUR, t0));
        c.rattacherComptes("CHA271001", null);
        c.activer(VERIFICATEUR, t0);
        assertEquals("CHA271001", c.getContrat().getAdministrateur().getIdentifiantCompte());
        assertEquals(StatutConvention.ACTIVE, c.getStatut());
    }

    @Test
    @DisplayName("R-CONV-4 : le contrat de service désigne l'administrateur partenaire et son adresse électronique")
    void administrateurObligatoire() {
        refuse("R-CONV-4", () -> new ContratDeService(ModeGestion.DELEGUE, null, null, null, null));
        refuse("R-CONV-4", () -> new ContratDeService(ModeGestion.DELEGUE, new Contact("X", "Y", " ", null), null, null, null));
        refuse("R-CONV-6", () -> new ContratDeService(null, administrateur(), null, null, null));
    }

    @Test
    @DisplayName("R-CONV-2 : seule une convention active ou suspendue occupe le partenaire (colonne unique organisme_actif)")
    void occupationDuPartenaire() {
        Convention c = aVerifier();
        assertNull(c.getOrganismeActif());
        for (StatutConvention s : StatutConvention.values()) {
            assertEquals(s == StatutConvention.ACTIVE || s == StatutConvention.SUSPENDUE, s.occupeLePartenaire(), s.name());
        }
    }

    @Test
    @DisplayName("R-CONV-5 : pas de date de fin avant la clôture ; la clôture la fixe, jamais avant le début")
    void dateDeFin() {
        Convention c = active();
        assertNull(c.getDateCloture());
        c.suspendre(AGENT, "Enquête", t0);
        assertNull(c.getDateCloture());
        refuse("R-CONV-5", () -> c.cloturer(AGENT, "Fin", debut.minusDays(1), t0));
        refuse("R-CONV-3", () -> c.cloturer(AGENT, " ", debut, t0));
        c.cloturer(AGENT, "Fin", debut.plusYears(1), t0);
        assertEquals(debut.plusYears(1), c.getDateCloture());
    }

    @Test
    @DisplayName("R-CONV-6 : changer de mode = clôturer et recréer ; services, quotas et contacts repris ; l'ancienne reste en vigueur jusqu'à la validation de la nouvelle, puis reste lisible")
    void clotureEtRecreation() {
        Convention ancienne = active();
        Convention nouvelle = ancienne.cloturerEtRecreer(ModeGestion.CENTRALISE, new NumeroConvention(2026, 2), AGENT,
                "Le partenaire confie la gestion à la Caf", debut.plusMonths(3), t0);
        assertEquals(StatutConvention.ACTIVE, ancienne.getStatut(), "its users keep working until the successor is validated");
        assertTrue(ancienne.getHistorique().get(ancienne.getHistorique().size() - 1).getMotif().contains("2026-002"));
        ancienne.remplaceePar(nouvelle, "LER271001", debut.plusMonths(4), t0);
        assertEquals(StatutConvention.CLOTUREE, ancienne.getStatut());
        assertEquals(debut.plusMonths(4), ancienne.getDateCloture());
        assertEquals(ModeGestion.DELEGUE, ancienne.getContrat().getMode(), "the old one keeps its mode");
        assertEquals(20, ancienne.bulletin("CDAP").orElseThrow().quota("T2").orElseThrow().getAccorde(), "still readable");

        assertEquals(StatutConvention.BROUILLON, nouvelle.getStatut());
        assertEquals("2026-002", nouvelle.getNumero());
        assertEquals(ModeGestion.CENTRALISE, nouvelle.getContrat().getMode());
        assertSame(ancienne, nouvelle.getPrecedente());
        Quota t2 = nouvelle.bulletin("CDAP").orElseThrow().quota("T2").orElseThrow();
        assertEquals(25, t2.getDemande());
        assertEquals(20, t2.getAccorde());
        assertEquals("CHA271001", nouvelle.getContrat().getAdministrateur().getIdentifiantCompte(), "same person, same account");
        assertNotNull(nouvelle.getHistorique().get(0).getMotif());
    }

    @Test
    @DisplayName("R-CONV-6 : « clôturer et recréer » dans le même mode est refusé, le mode ne change pas en place")
    void memeModeRefuse() {
        Convention c = active();
        refuse("R-CONV-6", () -> c.cloturerEtRecreer(ModeGestion.DELEGUE, new NumeroConvention(2026, 2), AGENT, "x", debut, t0));
        assertEquals(StatutConvention.ACTIVE, c.getStatut());
    }

    @Test
    @DisplayName("R-CONV-7 : un bulletin par service, seulement des profils de ce service")
    void bulletins() {
        Convention c = brouillon(ModeGestion.DELEGUE);
        c.fixerQuota(cdap, "T1", 3, 2);
        c.fixerQuota(afas, "APPROBATEUR", 1, 1);
        assertEquals(2, c.getBulletins().size());
        assertEquals(2, c.bulletin("CDAP").orElseThrow().getQuotas().size());
        refuse("R-CONV-7", () -> c.fixerQuota(cdap, "APPROBATEUR", 1, 1));
        refuse("R-CONV-7", () -> c.fixerQuota(cdap, "T1", -1, 0));
    }

    @Test
    @DisplayName("R-CONV-7 : une convention sans service ne peut pas être soumise")
    void sansServiceNonSoumise() {
        Convention c = Convention.enregistrer(eure, cias, new NumeroConvention(2026, 9),
                new ContratDeService(ModeGestion.DELEGUE, administrateur(), null, null, null), debut, AGENT, t0);
        refuse("R-CONV-7", () -> c.soumettre(AGENT, t0));
    }

    @Test
    @DisplayName("R-CONV-7 : un quota se relève, et ne descend jamais sous l'usage actuel ; le changement est historisé")
    void quotaJamaisSousUsage() {
        Convention c = active();
        c.modifierQuota("CDAP", "T2", 30, 18, AGENT, t0);
        assertEquals(30, c.bulletin("CDAP").orElseThrow().quota("T2").orElseThrow().getAccorde());
        TransitionConvention ligne = c.getHistorique().get(c.getHistorique().size() - 1);
        assertEquals(StatutConvention.ACTIVE, ligne.getAvant());
        assertEquals(StatutConvention.ACTIVE, ligne.getApres());
        assertTrue(ligne.getMotif().contains("20 → 30"), ligne.getMotif());

        refuse("R-CONV-7", () -> c.modifierQuota("CDAP", "T2", 17, 18, AGENT, t0));
        c.modifierQuota("CDAP", "T2", 18, 18, AGENT, t0);
        assertEquals(18, c.bulletin("CDAP").orElseThrow().quota("T2").orElseThrow().getAccorde());
        refuse("R-CONV-7", () -> c.modifierQuota("AFAS", "APPROBATEUR", 1, 0, AGENT, t0));
        refuse("R-CONV-7", () -> c.modifierQuota("CDAP", "T1", 1, 0, AGENT, t0));
    }

    /** A fresh convention in the given status, by the legal path. */
    private Convention dansLEtat(StatutConvention statut) {
        return switch (statut) {
            case BROUILLON -> brouillon(ModeGestion.DELEGUE);
            case A_VERIFIER -> aVerifier();
            case VALIDEE -> {
                Convention c = aVerifier();
                c.valider(VERIFICATEUR, t0);
                yield c;
            }
            case ACTIVE -> active();
            case SUSPENDUE -> {
                Convention c = active();
                c.suspendre(AGENT, "Manquement", t0);
                yield c;
            }
            case CLOTUREE -> {
                Convention c = active();
                c.cloturer(AGENT, "Fin", debut, t0);
                yield c;
            }
        };
    }

    /** Each action with arguments its other conditions accept: only the status can refuse it. */
    private Executable essayer(Convention c, ActionConvention action) {
        return switch (action) {
            case FIXER_QUOTA -> () -> c.fixerQuota(cdap, "T1", 2, 2);
            case SOUMETTRE -> () -> c.soumettre(AGENT, t0);
            case VALIDER -> () -> c.valider(VERIFICATEUR, t0);
            case REJETER -> () -> c.rejeter(VERIFICATEUR, "Pièce manquante", t0);
            case RATTACHER_COMPTES -> () -> c.rattacherComptes("CHA271001", null);
            case ACTIVER -> () -> {
                if (c.getStatut() == StatutConvention.VALIDEE) {
                    c.rattacherComptes("CHA271001", null);
                }
                c.activer(VERIFICATEUR, t0);
            };
            case SUSPENDRE -> () -> c.suspendre(AGENT, "Manquement", t0);
            case REACTIVER -> () -> c.reactiver(AGENT, "Régularisé", t0);
            case CLOTURER -> () -> c.cloturer(AGENT, "Fin", debut, t0);
            case CLOTURER_ET_RECREER -> () -> c.cloturerEtRecreer(ModeGestion.CENTRALISE, new NumeroConvention(2026, 2),
                    AGENT, "Changement de mode", debut, t0);
            case MODIFIER_QUOTA -> () -> c.modifierQuota("CDAP", "T2", 30, 0, AGENT, t0);
            case REMPLACER_ADMINISTRATEUR -> () -> c.remplacerAdministrateur(false, new Contact("Martin", "Claire",
                    "Directrice générale des services", "claire.martin@cias.test", null).avecCompte("MAR271002"),
                    "Départ en retraite", AGENT, t0);
            case RETIRER_SUPPLEANT -> () -> {
                c.remplacerAdministrateur(true, new Contact("Roux", "Léo", "Adjoint", "leo@cias.test", null)
                        .avecCompte("ROU271009"), "Suppléant désigné", AGENT, t0);
                c.retirerSuppleant("Mutation", AGENT, t0);
            };
        };
    }

    @Test
    @DisplayName("R-CONV-3, R-CONV-7, R-CONV-8, R-CONV-10 : les actions que chaque état permet, lues dans la table unique de la convention")
    void actionsParEtat() {
        assertEquals(EnumSet.of(ActionConvention.FIXER_QUOTA, ActionConvention.SOUMETTRE, ActionConvention.MODIFIER_QUOTA),
                dansLEtat(StatutConvention.BROUILLON).actionsPossibles());
        assertEquals(EnumSet.of(ActionConvention.VALIDER, ActionConvention.REJETER, ActionConvention.MODIFIER_QUOTA),
                dansLEtat(StatutConvention.A_VERIFIER).actionsPossibles());
        assertEquals(EnumSet.of(ActionConvention.RATTACHER_COMPTES, ActionConvention.ACTIVER, ActionConvention.MODIFIER_QUOTA, ActionConvention.REMPLACER_ADMINISTRATEUR, ActionConvention.RETIRER_SUPPLEANT),
                dansLEtat(StatutConvention.VALIDEE).actionsPossibles());
        assertEquals(EnumSet.of(ActionConvention.SUSPENDRE, ActionConvention.CLOTURER, ActionConvention.CLOTURER_ET_RECREER,
                ActionConvention.MODIFIER_QUOTA, ActionConvention.REMPLACER_ADMINISTRATEUR, ActionConvention.RETIRER_SUPPLEANT), dansLEtat(StatutConvention.ACTIVE).actionsPossibles());
        assertEquals(EnumSet.of(ActionConvention.REACTIVER, ActionConvention.CLOTURER, ActionConvention.CLOTURER_ET_RECREER,
                ActionConvention.MODIFIER_QUOTA, ActionConvention.REMPLACER_ADMINISTRATEUR, ActionConvention.RETIRER_SUPPLEANT), dansLEtat(StatutConvention.SUSPENDUE).actionsPossibles());
        assertEquals(EnumSet.noneOf(ActionConvention.class), dansLEtat(StatutConvention.CLOTUREE).actionsPossibles());
    }

    @Test
    @DisplayName("R-CONV-3, R-CONV-4, R-CONV-7, R-CONV-8, R-CONV-10 : les gardes de la convention acceptent exactement les actions qu'elle annonce, et refusent les autres en nommant leur règle")
    void lesGardesSuiventLaTable() {
        for (StatutConvention statut : StatutConvention.values()) {
            for (ActionConvention action : ActionConvention.values()) {
                Convention c = dansLEtat(statut);
                boolean annoncee = c.actionsPossibles().contains(action);
                if (annoncee) {
                    assertDoesNotThrow(essayer(c, action), action + " depuis " + statut);
                } else {
                    RegleMetierException refus = assertThrows(RegleMetierException.class, essayer(c, action),
                            action + " depuis " + statut);
                    assertEquals(action.getRegle(), refus.getRegle(), action + " depuis " + statut + " : " + refus.getMessage());
                    assertTrue(refus.getMessage().contains("est à l'état « " + statut.getLibelle() + " »"), refus.getMessage());
                }
            }
        }
    }

    @Test
    @DisplayName("Numéro de convention : AAAA-NNN, lu tel qu'imprimé sur le contrat (« 2017 - 187 »)")
    void numero() {
        assertEquals("2017-187", NumeroConvention.lire("2017 - 187").toString());
        assertEquals("2026-007", new NumeroConvention(2026, 7).toString());
        refuse("R-CONV-3", () -> NumeroConvention.lire("187"));
        CompteurConvention compteur = new CompteurConvention("271", 2017);
        assertEquals("2017-187", compteur.reprendre(187).toString());
        assertEquals("2017-188", compteur.attribuer().toString());
    }

    @Test
    @DisplayName("R-CONV-10 : un nouvel administrateur partenaire remplace l'ancien ; le changement, son motif et son auteur sont dans l'historique")
    void remplacementDeLAdministrateur() {
        Convention c = active();
        Contact nouveau = new Contact("Martin", "Claire", "Directrice générale des services", "claire.martin@cias.test",
                "02 32 00 00 00").avecCompte("MAR271002");
        Contact ancien = c.remplacerAdministrateur(false, nouveau, "Départ en retraite", AGENT, t0);
        assertEquals("CHA271001", ancien.getIdentifiantCompte());
        assertEquals("MAR271002", c.getContrat().getAdministrateur().getIdentifiantCompte());
        assertEquals("Directrice générale des services", c.getContrat().getAdministrateur().getFonction());
        TransitionConvention ligne = c.getHistorique().get(c.getHistorique().size() - 1);
        assertEquals(AGENT, ligne.getActeur());
        assertEquals(StatutConvention.ACTIVE, ligne.getApres());
        assertTrue(ligne.getMotif().contains("(CHA271001) → MARTIN Claire (MAR271002)"), ligne.getMotif());
        assertTrue(ligne.getMotif().endsWith("Motif : Départ en retraite"), ligne.getMotif());
        refuse("R-CONV-10", () -> c.remplacerAdministrateur(false, nouveau, "Encore", AGENT, t0));
        refuse("R-CONV-10", () -> c.remplacerAdministrateur(true, nouveau, "Les deux rôles", AGENT, t0));
        refuse("R-CONV-10", () -> c.remplacerAdministrateur(true, new Contact("Roux", "Léo", null, "leo@cias.test", null)
                .avecCompte("ROU271009"), "  ", AGENT, t0));
    }

    @Test
    @DisplayName("R-CONV-10 : un suppléant se désigne plus tard, se remplace et se retire ; jamais sur un brouillon ni une convention clôturée")
    void suppleantAjouteEtRetire() {
        Convention c = active();
        assertNull(c.remplacerAdministrateur(true, new Contact("Roux", "Léo", "Adjoint", "leo@cias.test", null)
                .avecCompte("ROU271009"), "Suppléance créée", AGENT, t0), "there was no suppléant");
        assertTrue(c.getContrat().aUnSuppleant());
        assertEquals("ROU271009", c.retirerSuppleant("Mutation", AGENT, t0).getIdentifiantCompte());
        assertFalse(c.getContrat().aUnSuppleant());
        refuse("R-CONV-10", () -> c.retirerSuppleant("Encore", AGENT, t0));
        Convention brouillon = brouillon(ModeGestion.DELEGUE);
        refuse("R-CONV-10", () -> brouillon.remplacerAdministrateur(false, new Contact("Roux", "Léo", null, "leo@cias.test", null)
                .avecCompte("ROU271009"), "Trop tôt", AGENT, t0));
    }
}

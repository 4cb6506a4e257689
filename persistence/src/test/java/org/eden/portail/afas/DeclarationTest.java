package org.eden.portail.afas;

import org.eden.portail.shared.RegleMetierException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.eden.portail.afas.DonneesAfas.LE;
import static org.eden.portail.afas.DonneesAfas.activiteAlsh;
import static org.eden.portail.afas.DonneesAfas.equipement;
import static org.eden.portail.afas.DonneesAfas.finances;
import static org.eden.portail.afas.DonneesAfas.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-AFAS-2, R-AFAS-3, R-AFAS-4, R-AFAS-5, R-AFAS-6, R-AFAS-10: the declaration's life, transition by transition. */
class DeclarationTest {

    private static Declaration ouverte() {
        return Declaration.ouvrir(equipement(TypeEquipement.ALSH), 2026, NatureDeclaration.PREVISIONNEL, null, "ACT271001", LE);
    }

    private static List<ResultatControle> controles(Declaration d) {
        return ControlesCoherence.evaluer(ControlesCoherenceTest.CONTROLES, new ContexteControle(TypeEquipement.ALSH, d.getNature(),
                d.valeurs(), null, null), d.textesDesJustifications());
    }

    private static Declaration remplie() {
        Declaration d = ouverte();
        d.enregistrer(Partie.ACTIVITE, 0, activiteAlsh(), "ACT271001", LE);
        d.enregistrer(Partie.FINANCES, 0, finances(), "FIN271001", LE);
        return d;
    }

    private static Declaration aApprouver() {
        Declaration d = remplie();
        d.soumettre(controles(d), "ACT271001", LE);
        return d;
    }

    private static String regle(Runnable action) {
        return assertThrows(RegleMetierException.class, action::run).getRegle();
    }

    @Test
    @DisplayName("R-AFAS-2 : une déclaration s'ouvre « à saisir » avec ses deux parties vides, et passe « en cours » au premier enregistrement")
    void ouvertureEtPremiereSaisie() {
        Declaration d = ouverte();
        assertEquals(StatutDeclaration.A_SAISIR, d.getStatut());
        assertTrue(d.valeurs().isEmpty());
        d.enregistrer(Partie.ACTIVITE, 0, Map.of(Poste.PLACES, n("40")), "ACT271001", LE);
        assertEquals(StatutDeclaration.EN_COURS, d.getStatut());
        assertEquals(n("40.00"), d.partie(Partie.ACTIVITE).getValeurs().get(Poste.PLACES));
    }

    @Test
    @DisplayName("R-AFAS-3 : une ligne financière refusée dans la partie activité, une ligne d'EAJE refusée pour un ALSH, un nombre de jours décimal refusé, un nombre géant refusé")
    void lignesDeLaPartie() {
        Declaration d = ouverte();
        assertEquals("R-AFAS-3", regle(() -> d.enregistrer(Partie.ACTIVITE, 0, Map.of(Poste.CHARGES_ACHATS, n("1")), "A", LE)));
        assertEquals("R-AFAS-3", regle(() -> d.enregistrer(Partie.ACTIVITE, 0, Map.of(Poste.JOURS_OUVERTURE, n("1")), "A", LE)));
        assertEquals("R-AFAS-3", regle(() -> d.enregistrer(Partie.ACTIVITE, 0, Map.of(Poste.JOURS_PERISCOLAIRE, n("1.5")), "A", LE)));
        assertEquals("R-AFAS-3", regle(() -> d.enregistrer(Partie.FINANCES, 0, Map.of(Poste.CHARGES_ACHATS, n("1e12")), "A", LE)));
        assertEquals(StatutDeclaration.A_SAISIR, d.getStatut(), "nothing kept of a refused save");
    }

    @Test
    @DisplayName("R-AFAS-6 : un enregistrement parti d'une version dépassée est refusé et nomme qui a enregistré entre-temps ; l'autre partie s'enregistre à côté")
    void verrouillageOptimiste() {
        Declaration d = ouverte();
        d.enregistrer(Partie.ACTIVITE, 0, Map.of(Poste.PLACES, n("40")), "ACT271001", LE);
        // the JPA version is bumped at commit; the test plays the second writer with the version it read (0) against 1
        PartieDeclaration activite = d.partie(Partie.ACTIVITE);
        RegleMetierException e = assertThrows(RegleMetierException.class,
                () -> d.enregistrer(Partie.ACTIVITE, activite.getVersion() + 1, Map.of(Poste.PLACES, n("45")), "ACT271002", LE));
        assertEquals("R-AFAS-6", e.getRegle());
        assertTrue(e.getMessage().contains("ACT271001") && e.getMessage().contains("n'a pas écrasé"), e.getMessage());
        assertEquals(n("40.00"), d.partie(Partie.ACTIVITE).getValeurs().get(Poste.PLACES));
        d.enregistrer(Partie.FINANCES, 0, Map.of(Poste.CHARGES_ACHATS, n("10")), "FIN271001", LE);
    }

    @Test
    @DisplayName("R-AFAS-2 : une déclaration dont une partie est incomplète ne se soumet pas à l'approbation")
    void incompleteNonSoumise() {
        Declaration d = ouverte();
        d.enregistrer(Partie.ACTIVITE, 0, activiteAlsh(), "ACT271001", LE);
        RegleMetierException e = assertThrows(RegleMetierException.class, () -> d.soumettre(controles(d), "ACT271001", LE));
        assertEquals("R-AFAS-2", e.getRegle());
        assertTrue(e.getMessage().startsWith("Partie financière incomplète"), e.getMessage());
        // The screen asks the same decision before showing its button usable.
        assertEquals(e.getMessage(), d.motifDeNonSoumission(controles(d)).orElseThrow());
        d.enregistrer(Partie.FINANCES, 0, finances(), "FIN271001", LE);
        assertEquals(java.util.Optional.empty(), d.motifDeNonSoumission(controles(d)), "both parts complete, nothing fails");
    }

    @Test
    @DisplayName("R-AFAS-4 : un contrôle bloquant empêche « à approuver » et ne se justifie pas ; un avertissement se justifie puis laisse passer")
    void controlesALaSoumission() {
        Declaration d = remplie();
        Map<Poste, BigDecimal> f = finances();
        f.put(Poste.TOTAL_CHARGES_DECLARE, n("310000"));
        d.enregistrer(Partie.FINANCES, 0, f, "FIN271001", LE);
        ControlesNonSatisfaits bloque = assertThrows(ControlesNonSatisfaits.class, () -> d.soumettre(controles(d), "ACT271001", LE));
        assertEquals(List.of("AFAS-C04"), bloque.identifiants());
        assertEquals("R-AFAS-4", regle(() -> d.justifier(controles(d).get(0), "arrondi", "FIN271001", LE)));

        f = finances();
        f.put(Poste.PRODUITS_PARTICIPATIONS_FAMILLES, n("300001"));
        f.put(Poste.TOTAL_PRODUITS_DECLARE, n("540001"));
        d.enregistrer(Partie.FINANCES, 0, f, "FIN271001", LE);
        assertEquals(List.of("AFAS-C08"), assertThrows(ControlesNonSatisfaits.class,
                () -> d.soumettre(controles(d), "ACT271001", LE)).identifiants());
        assertEquals("R-AFAS-4", regle(() -> d.justifier(controles(d).get(0), "  ", "FIN271001", LE)));
        d.justifier(controles(d).get(0), "Séjours d'été facturés au coût complet.", "FIN271001", LE);
        d.soumettre(controles(d), "ACT271001", LE);
        assertEquals(StatutDeclaration.A_APPROUVER, d.getStatut());
        assertEquals("Séjours d'été facturés au coût complet.", d.justification("AFAS-C08").orElseThrow().getTexte());
    }

    @Test
    @DisplayName("R-AFAS-2 R-AFAS-5 : à approuver, les fournisseurs ne modifient plus ; l'approbateur transmet ; après transmission plus rien n'est modifiable par le partenaire")
    void transmission() {
        Declaration d = aApprouver();
        assertEquals("R-AFAS-2", regle(() -> d.enregistrer(Partie.ACTIVITE, 0, activiteAlsh(), "ACT271001", LE)));
        d.transmettre("APP271001", LE);
        assertEquals(StatutDeclaration.TRANSMISE, d.getStatut());
        assertEquals("APP271001", d.getTransmisePar());
        assertEquals("R-AFAS-5", regle(() -> d.enregistrer(Partie.FINANCES, 0, finances(), "FIN271001", LE)));
        assertEquals("R-AFAS-5", regle(() -> d.transmettre("APP271001", LE)));
        assertEquals("R-AFAS-5", regle(() -> d.renvoyerAuxFournisseurs("trop tard", "APP", LE)));
    }

    @Test
    @DisplayName("R-AFAS-5 : l'approbateur renvoie aux fournisseurs avec un commentaire obligatoire ; la déclaration redevient modifiable")
    void renvoiAuxFournisseurs() {
        Declaration d = aApprouver();
        assertEquals("R-AFAS-5", regle(() -> d.renvoyerAuxFournisseurs(" ", "APP", LE)));
        d.renvoyerAuxFournisseurs("Les heures de juillet manquent.", "APP", LE);
        assertEquals(StatutDeclaration.EN_COURS, d.getStatut());
        assertEquals("Les heures de juillet manquent.", d.getCommentaire());
        d.enregistrer(Partie.ACTIVITE, 0, activiteAlsh(), "ACT271001", LE);
        d.soumettre(controles(d), "ACT271001", LE);
        assertNull(d.getCommentaire());
    }

    @Test
    @DisplayName("R-AFAS-2 R-AFAS-5 : la Caf reçoit, renvoie en correction (les fournisseurs modifient de nouveau) ou valide ; les sauts d'état sont refusés")
    void cycleCaf() {
        Declaration d = ouverte();
        assertEquals("R-AFAS-5", regle(() -> d.transmettre("APP271001", LE)));
        assertEquals("R-AFAS-2", regle(() -> d.recevoir("GES", LE)));
        assertEquals("R-AFAS-2", regle(() -> d.valider("GES", LE)));
        assertEquals("R-AFAS-2", regle(() -> d.soumettre(List.of(), "ACT271001", LE)), "nothing typed yet");
        Declaration t = aApprouver();
        t.transmettre("APP271001", LE);
        t.recevoir("GES", LE);
        t.demanderCorrection("Le compte 64 ne correspond pas à la liasse.", "GES", LE);
        assertEquals(StatutDeclaration.A_CORRIGER, t.getStatut());
        t.enregistrer(Partie.FINANCES, 0, finances(), "FIN271001", LE);
        assertEquals(StatutDeclaration.A_CORRIGER, t.getStatut(), "it stays to correct until submitted again");
        t.soumettre(controles(t), "ACT271001", LE);
        t.transmettre("APP271001", LE);
        t.recevoir("GES", LE);
        t.valider("GES", LE);
        assertEquals(StatutDeclaration.VALIDEE, t.getStatut());
        assertEquals("R-AFAS-5", regle(() -> t.demanderCorrection("après validation", "GES", LE)));
        assertEquals(List.of(StatutDeclaration.A_APPROUVER, StatutDeclaration.TRANSMISE, StatutDeclaration.RECUE, StatutDeclaration.A_CORRIGER,
                StatutDeclaration.A_APPROUVER, StatutDeclaration.TRANSMISE, StatutDeclaration.RECUE, StatutDeclaration.VALIDEE),
                t.getHistorique().stream().map(EtapeDeclaration::getApres).toList().subList(t.getHistorique().size() - 8, t.getHistorique().size()),
                "R-AFAS-5: every move is in the history, with who and why");
        assertEquals("Le compte 64 ne correspond pas à la liasse.", t.getHistorique().get(t.getHistorique().size() - 5).getCommentaire());
    }

    @Test
    @DisplayName("R-AFAS-10 : une déclaration préremplie reprend les chiffres de sa source, du même équipement seulement")
    void preremplissage() {
        Declaration source = remplie();
        Declaration d = Declaration.ouvrir(source.getEquipement(), 2027, NatureDeclaration.PREVISIONNEL, source, "ACT271001", LE);
        assertEquals(source.valeurs(), d.valeurs());
        assertEquals(StatutDeclaration.A_SAISIR, d.getStatut());
        assertEquals("R-AFAS-10", regle(() -> Declaration.ouvrir(equipement(TypeEquipement.EAJE), 2027, NatureDeclaration.PREVISIONNEL,
                source, "ACT271001", LE)));
    }

    @Test
    @DisplayName("R-AFAS-2 R-AFAS-7 : le calendrier par défaut — prévisionnel le 13 février, réel N le 31 mars N+1, actualisés le 10 juillet et le 12 octobre, ouverts un mois avant")
    void calendrier() {
        CalendrierCampagne c = CalendrierCampagne.DEFAUT;
        assertEquals(LocalDate.of(2026, 2, 13), c.echeance(NatureDeclaration.PREVISIONNEL, 2026));
        assertEquals(LocalDate.of(2027, 3, 31), c.echeance(NatureDeclaration.REEL, 2026));
        assertEquals(LocalDate.of(2026, 7, 10), c.echeance(NatureDeclaration.ACTUALISE_JUIN, 2026));
        assertEquals(LocalDate.of(2026, 10, 12), c.echeance(NatureDeclaration.ACTUALISE_SEPTEMBRE, 2026));
        assertEquals(LocalDate.of(2026, 1, 13), c.ouverture(NatureDeclaration.PREVISIONNEL, 2026));
        assertEquals("R-AFAS-7", regle(() -> c.exigerOuverte(NatureDeclaration.REEL, 2026, LocalDate.of(2027, 2, 27))));
        c.exigerOuverte(NatureDeclaration.REEL, 2026, LocalDate.of(2027, 2, 28));
        assertTrue(c.enRetard(NatureDeclaration.PREVISIONNEL, 2026, LocalDate.of(2026, 2, 14)));
    }

    @Test
    @DisplayName("R-HAB-4 : au plus 2 fournisseurs d'activité, 2 fournisseurs financiers et 1 approbateur par équipement")
    void plafondsParEquipement() {
        Equipement e = equipement(TypeEquipement.ALSH);
        AffectationEquipement.exigerPlace(e, RoleAfas.FOURNISSEUR_ACTIVITE, 1);
        assertEquals("R-HAB-4", regle(() -> AffectationEquipement.exigerPlace(e, RoleAfas.FOURNISSEUR_ACTIVITE, 2)));
        assertEquals("R-HAB-4", regle(() -> AffectationEquipement.exigerPlace(e, RoleAfas.FOURNISSEUR_FINANCIER, 2)));
        assertEquals("R-HAB-4", regle(() -> AffectationEquipement.exigerPlace(e, RoleAfas.APPROBATEUR, 1)));
        AffectationEquipement.exigerPlace(e, RoleAfas.APPROBATEUR, 0);
    }
}

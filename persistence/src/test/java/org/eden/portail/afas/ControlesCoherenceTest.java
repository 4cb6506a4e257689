package org.eden.portail.afas;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.eden.portail.afas.DonneesAfas.activiteAlsh;
import static org.eden.portail.afas.DonneesAfas.activiteEaje;
import static org.eden.portail.afas.DonneesAfas.heures;
import static org.eden.portail.afas.DonneesAfas.n;
import static org.eden.portail.afas.DonneesAfas.tout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-AFAS-4: one test per control of the table, each failing on its own and naming its id. */
class ControlesCoherenceTest {

    /** The controls as V11 writes them. */
    static final List<ControleCoherence> CONTROLES = List.of(
            new ControleCoherence("AFAS-C01", "négatif", Severite.BLOQUANT, null, "R-AFAS-4"),
            new ControleCoherence("AFAS-C02", "capacité", Severite.BLOQUANT, n("100"), "R-AFAS-4"),
            new ControleCoherence("AFAS-C03", "occupation", Severite.BLOQUANT, n("100"), "R-AFAS-4"),
            new ControleCoherence("AFAS-C04", "totaux", Severite.BLOQUANT, n("1"), "R-AFAS-4"),
            new ControleCoherence("AFAS-C05", "heures réel", Severite.AVERTISSEMENT, n("20"), "R-AFAS-4"),
            new ControleCoherence("AFAS-C06", "charges réel", Severite.AVERTISSEMENT, n("20"), "R-AFAS-4"),
            new ControleCoherence("AFAS-C07", "prévisionnel", Severite.AVERTISSEMENT, n("20"), "R-AFAS-4"),
            new ControleCoherence("AFAS-C08", "participation", Severite.AVERTISSEMENT, null, "R-AFAS-4"),
            new ControleCoherence("AFAS-C09", "facturation", Severite.AVERTISSEMENT, n("107"), "R-AFAS-4"));

    static List<String> echecs(TypeEquipement type, NatureDeclaration nature, Map<Poste, BigDecimal> v,
                               Map<Poste, BigDecimal> reel, Map<Poste, BigDecimal> prevu) {
        return ControlesCoherence.evaluer(CONTROLES, new ContexteControle(type, nature, v, reel, prevu), Map.of())
                .stream().map(ResultatControle::id).toList();
    }

    static List<String> echecs(TypeEquipement type, Map<Poste, BigDecimal> v) {
        return echecs(type, NatureDeclaration.PREVISIONNEL, v, null, null);
    }

    @Test
    @DisplayName("R-AFAS-4 : des chiffres cohérents d'un ALSH et d'un EAJE ne font échouer aucun contrôle")
    void coherent() {
        assertEquals(List.of(), echecs(TypeEquipement.ALSH, tout(activiteAlsh())));
        assertEquals(List.of(), echecs(TypeEquipement.EAJE, tout(activiteEaje())));
    }

    @Test
    @DisplayName("R-AFAS-4 AFAS-C01 : un montant négatif est bloquant et nommé")
    void montantNegatif() {
        Map<Poste, BigDecimal> v = tout(activiteAlsh());
        v.put(Poste.CHARGES_ACHATS, n("-30000"));
        v.put(Poste.TOTAL_CHARGES_DECLARE, n("240000"));
        ResultatControle r = ControlesCoherence.evaluer(CONTROLES, new ContexteControle(TypeEquipement.ALSH,
                NatureDeclaration.PREVISIONNEL, v, null, null), Map.of()).get(0);
        assertEquals("AFAS-C01", r.id());
        assertTrue(r.bloquant());
        assertTrue(r.detail().contains("Achats"), r.detail());
    }

    @Test
    @DisplayName("R-AFAS-4 AFAS-C02 : des heures réalisées au-delà de places × jours × heures d'ouverture (ALSH) sont bloquantes")
    void heuresAuDelaDeLaCapacite() {
        Map<Poste, BigDecimal> v = tout(activiteAlsh());
        heures(v, false, "60001"); // 20 000 + 60 001 > 40 × 200 × 10 = 80 000
        assertEquals(List.of("AFAS-C02"), echecs(TypeEquipement.ALSH, v));
        v.put(Poste.HEURES_REALISEES_PLUS_6, n("60000"));
        assertEquals(List.of(), echecs(TypeEquipement.ALSH, v), "exactly the capacity passes");
    }

    @Test
    @DisplayName("R-AFAS-4 AFAS-C03 : un taux d'occupation d'EAJE au-dessus de 100 % est bloquant")
    void occupation() {
        Map<Poste, BigDecimal> v = tout(activiteEaje());
        heures(v, true, "72601"); // 30 × 220 × 11 = 72 600
        assertEquals(List.of("AFAS-C03"), echecs(TypeEquipement.EAJE, v));
    }

    @Test
    @DisplayName("R-AFAS-4 AFAS-C04 : des totaux qui ne sont pas la somme des lignes sont bloquants, à 1 € près")
    void totaux() {
        Map<Poste, BigDecimal> v = tout(activiteAlsh());
        v.put(Poste.TOTAL_PRODUITS_DECLARE, n("300001"));
        assertEquals(List.of(), echecs(TypeEquipement.ALSH, v), "1 € of rounding is tolerated");
        v.put(Poste.TOTAL_PRODUITS_DECLARE, n("301000"));
        assertEquals(List.of("AFAS-C04"), echecs(TypeEquipement.ALSH, v));
    }

    @Test
    @DisplayName("R-AFAS-4 AFAS-C05 : des heures réalisées à plus de 20 % du réel de l'an passé sont un avertissement")
    void ecartHeuresReel() {
        Map<Poste, BigDecimal> reel = tout(activiteAlsh());
        Map<Poste, BigDecimal> v = tout(activiteAlsh());
        heures(v, false, "40001"); // 60 001 vs 50 000: +20,002 %
        assertEquals(List.of("AFAS-C05"), echecs(TypeEquipement.ALSH, NatureDeclaration.PREVISIONNEL, v, reel, null));
        v.put(Poste.HEURES_REALISEES_PLUS_6, n("40000")); // exactly +20 %
        assertEquals(List.of(), echecs(TypeEquipement.ALSH, NatureDeclaration.PREVISIONNEL, v, reel, null));
    }

    @Test
    @DisplayName("R-AFAS-4 AFAS-C06 : une charge à plus de 20 % du réel de l'an passé est un avertissement qui la nomme")
    void ecartChargeReel() {
        Map<Poste, BigDecimal> reel = tout(activiteAlsh());
        Map<Poste, BigDecimal> v = tout(activiteAlsh());
        v.put(Poste.CHARGES_SERVICES_EXTERIEURS, n("50000"));
        v.put(Poste.CHARGES_AUTRES, n("5000")); // total unchanged
        List<ResultatControle> r = ControlesCoherence.evaluer(CONTROLES,
                new ContexteControle(TypeEquipement.ALSH, NatureDeclaration.PREVISIONNEL, v, reel, null), Map.of());
        assertEquals(List.of("AFAS-C06"), r.stream().map(ResultatControle::id).toList());
        assertTrue(r.get(0).detail().contains("Services extérieurs") && r.get(0).detail().contains("Autres charges"), r.get(0).detail());
    }

    @Test
    @DisplayName("R-AFAS-4 AFAS-C07 R-AFAS-10 : un actualisé ou un réel à plus de 20 % du prévisionnel est un avertissement ; un prévisionnel n'est pas comparé à lui-même")
    void ecartPrevisionnel() {
        Map<Poste, BigDecimal> prevu = tout(activiteAlsh());
        Map<Poste, BigDecimal> v = tout(activiteAlsh());
        heures(v, true, "5000"); // 35 000 vs 50 000: -30 %
        assertEquals(List.of("AFAS-C07"), echecs(TypeEquipement.ALSH, NatureDeclaration.REEL, v, null, prevu));
        assertEquals(List.of("AFAS-C07"), echecs(TypeEquipement.ALSH, NatureDeclaration.ACTUALISE_JUIN, v, null, prevu));
        assertEquals(List.of(), echecs(TypeEquipement.ALSH, NatureDeclaration.PREVISIONNEL, v, null, prevu));
    }

    @Test
    @DisplayName("R-AFAS-4 AFAS-C08 : une participation des familles au-dessus du coût est un avertissement")
    void participationSuperieureAuCout() {
        Map<Poste, BigDecimal> v = tout(activiteAlsh());
        v.put(Poste.PRODUITS_PARTICIPATIONS_FAMILLES, n("300001"));
        v.put(Poste.TOTAL_PRODUITS_DECLARE, n("540001"));
        assertEquals(List.of("AFAS-C08"), echecs(TypeEquipement.ALSH, v));
    }

    @Test
    @DisplayName("R-AFAS-4 AFAS-C09 : un taux de facturation d'EAJE au-dessus de 107 % est un avertissement ; un ALSH n'est pas concerné")
    void tauxFacturationEaje() {
        Map<Poste, BigDecimal> v = tout(activiteEaje());
        v.put(Poste.HEURES_FACTUREES_MOINS_6, n("53501")); // 107,002 %
        assertEquals(List.of("AFAS-C09"), echecs(TypeEquipement.EAJE, v));
        v.put(Poste.HEURES_FACTUREES_MOINS_6, n("53500")); // 107 %
        assertEquals(List.of(), echecs(TypeEquipement.EAJE, v));
    }

    @Test
    @DisplayName("R-AFAS-4 : un seuil changé dans la table s'applique sans déploiement ; un contrôle désactivé ne s'évalue plus")
    void seuilsEnDonnees() {
        Map<Poste, BigDecimal> v = tout(activiteEaje());
        v.put(Poste.HEURES_FACTUREES_MOINS_6, n("53501"));
        ControleCoherence c09 = new ControleCoherence("AFAS-C09", "facturation", Severite.AVERTISSEMENT, n("107"), "R-AFAS-4");
        ContexteControle contexte = new ContexteControle(TypeEquipement.EAJE, NatureDeclaration.PREVISIONNEL, v, null, null);
        assertEquals(1, ControlesCoherence.evaluer(List.of(c09), contexte, Map.of()).size());
        c09.parametrer(Severite.AVERTISSEMENT, n("110"), "facturation", true);
        assertEquals(0, ControlesCoherence.evaluer(List.of(c09), contexte, Map.of()).size());
        c09.parametrer(Severite.BLOQUANT, n("100"), "facturation", false);
        assertEquals(0, ControlesCoherence.evaluer(List.of(c09), contexte, Map.of()).size());
    }

    @Test
    @DisplayName("R-AFAS-3 : taux d'occupation, de facturation et coût horaire calculés ; un diviseur nul ne les rend pas")
    void indicateurs() {
        Indicateurs i = Indicateurs.calculer(TypeEquipement.EAJE, tout(activiteEaje()));
        assertEquals(n("50000"), i.heuresRealisees());
        assertEquals(0, n("72600").compareTo(i.capaciteHeures()));
        assertEquals(n("68.87"), i.tauxOccupation());
        assertEquals(n("104.00"), i.tauxFacturation());
        assertEquals(n("6.00"), i.coutHoraire());
        assertEquals(n("100000"), i.financementCaf());
        Indicateurs vide = Indicateurs.calculer(TypeEquipement.EAJE, new EnumMap<>(Poste.class));
        assertEquals(null, vide.tauxFacturation());
        assertEquals(null, vide.coutHoraire());
    }

    @Test
    @DisplayName("R-AFAS-3 : un enfant présent sur une partie d'un créneau compte le créneau entier")
    void creneauEntame() {
        assertEquals(n("1.00"), Indicateurs.heuresParCreneaux(10, 60));
        assertEquals(n("2.00"), Indicateurs.heuresParCreneaux(61, 60));
        assertEquals(n("1.50"), Indicateurs.heuresParCreneaux(90, 30));
        assertEquals(BigDecimal.ZERO, Indicateurs.heuresParCreneaux(0, 30));
    }

    @Test
    @DisplayName("R-AFAS-4 : les seuils et l'activation propres à une Caf remplacent les nationaux pour elle seule")
    void reglagesDeLaCaf() {
        Map<Poste, BigDecimal> reel = tout(activiteAlsh());
        Map<Poste, BigDecimal> v = tout(activiteAlsh());
        heures(v, false, "45000"); // 65 000 vs 50 000: +30 %
        ContexteControle contexte = new ContexteControle(TypeEquipement.ALSH, NatureDeclaration.PREVISIONNEL, v, reel, null);
        ControleCoherence c05 = CONTROLES.get(4);
        ReglageControleCaf a35 = ReglageControleCaf.de("976", c05, n("35"), true, "ADM976001", java.time.Instant.EPOCH);
        List<ControleCoherence> caf976 = ControlesCoherence.effectifs(CONTROLES, List.of(a35));
        assertEquals(List.of(), ControlesCoherence.evaluer(caf976, contexte, Map.of()).stream().map(ResultatControle::id).toList());
        assertEquals(List.of("AFAS-C05"), ControlesCoherence.evaluer(CONTROLES, contexte, Map.of()).stream().map(ResultatControle::id).toList(),
                "the national control (another Caf) is unchanged");
        assertEquals(n("20"), c05.getSeuil());
        a35.changer(c05, n("25"), true, "ADM976001", java.time.Instant.EPOCH);
        assertEquals(List.of("AFAS-C05"), ControlesCoherence.evaluer(ControlesCoherence.effectifs(CONTROLES, List.of(a35)), contexte, Map.of())
                .stream().map(ResultatControle::id).toList());
        a35.changer(c05, n("25"), false, "ADM976001", java.time.Instant.EPOCH);
        assertEquals(List.of(), ControlesCoherence.evaluer(ControlesCoherence.effectifs(CONTROLES, List.of(a35)), contexte, Map.of()));
    }

    @Test
    @DisplayName("R-AFAS-4 : un seuil de Caf nul, négatif, au-delà de 1 000, à plus de deux décimales, ou sur un contrôle sans seuil est refusé et ne change rien")
    void seuilDeCafHorsBornes() {
        ControleCoherence c05 = CONTROLES.get(4);
        ReglageControleCaf r = ReglageControleCaf.de("976", c05, n("30"), true, "ADM976001", java.time.Instant.EPOCH);
        for (String faux : new String[]{"0", "-5", "1000.01", "12.345"}) {
            org.eden.portail.shared.RegleMetierException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.eden.portail.shared.RegleMetierException.class, () -> r.changer(c05, n(faux), false, "ADM976002", java.time.Instant.EPOCH));
            assertEquals("R-AFAS-4", e.getRegle());
            assertTrue(e.getMessage().startsWith("R-AFAS-4 : le seuil du contrôle AFAS-C05"), e.getMessage());
        }
        org.junit.jupiter.api.Assertions.assertThrows(org.eden.portail.shared.RegleMetierException.class,
                () -> r.changer(c05, null, true, "ADM976002", java.time.Instant.EPOCH));
        assertEquals(n("30.00"), r.getSeuil());
        assertTrue(r.isActif(), "nothing half-changed");
        assertEquals("ADM976001", r.getModifiePar());
        r.changer(c05, n("1000"), true, "ADM976002", java.time.Instant.EPOCH);
        assertEquals(n("1000.00"), r.getSeuil());
        ControleCoherence c08 = CONTROLES.get(7);
        org.junit.jupiter.api.Assertions.assertThrows(org.eden.portail.shared.RegleMetierException.class,
                () -> ReglageControleCaf.de("976", c08, n("10"), true, "ADM976001", java.time.Instant.EPOCH));
        assertEquals(null, ReglageControleCaf.de("976", c08, null, false, "ADM976001", java.time.Instant.EPOCH).getSeuil());
    }
}

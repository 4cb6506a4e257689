package org.eden.portail.afas;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatistiquesAfasTest {

    /** An ALSH of 40 places, 200 days of 10 hours (80 000 hours of capacity), charges of 300 000 €, 100 000 € from the Caf. */
    private static Map<Poste, BigDecimal> alsh(String realisees, String facturees) {
        Map<Poste, BigDecimal> v = new EnumMap<>(Poste.class);
        v.put(Poste.JOURS_PERISCOLAIRE, new BigDecimal("140"));
        v.put(Poste.JOURS_EXTRASCOLAIRE, new BigDecimal("60"));
        v.put(Poste.PLACES, new BigDecimal("40"));
        v.put(Poste.HEURES_OUVERTURE_JOUR, new BigDecimal("10"));
        v.put(Poste.HEURES_REALISEES_MOINS_6, new BigDecimal(realisees));
        v.put(Poste.HEURES_REALISEES_PLUS_6, BigDecimal.ZERO);
        v.put(Poste.HEURES_FACTUREES_MOINS_6, new BigDecimal(facturees));
        v.put(Poste.HEURES_FACTUREES_PLUS_6, BigDecimal.ZERO);
        v.put(Poste.CHARGES_PERSONNEL, new BigDecimal("300000"));
        v.put(Poste.PRODUITS_CAF_PRESTATION_SERVICE, new BigDecimal("90000"));
        v.put(Poste.PRODUITS_CAF_AUTRES, new BigDecimal("10000"));
        return v;
    }

    @Test
    @DisplayName("R-AFAS-8 : un point par exercice, tiré du réel transmis, reçu ou validé ; heures, coût horaire, part de la Caf, taux d'occupation et de facturation")
    void unPointParExerciceDuReelTransmis() {
        List<StatistiquesAfas.Point> points = StatistiquesAfas.calculer(TypeEquipement.ALSH, List.of(
                new StatistiquesAfas.Releve(2026, NatureDeclaration.REEL, StatutDeclaration.TRANSMISE, alsh("60000", "57000")),
                new StatistiquesAfas.Releve(2024, NatureDeclaration.REEL, StatutDeclaration.VALIDEE, alsh("40000", "40000")),
                new StatistiquesAfas.Releve(2025, NatureDeclaration.REEL, StatutDeclaration.RECUE, alsh("50000", "45000")),
                new StatistiquesAfas.Releve(2027, NatureDeclaration.PREVISIONNEL, StatutDeclaration.VALIDEE, alsh("70000", "70000")),
                new StatistiquesAfas.Releve(2023, NatureDeclaration.REEL, StatutDeclaration.A_CORRIGER, alsh("1", "1")),
                new StatistiquesAfas.Releve(2022, NatureDeclaration.REEL, StatutDeclaration.EN_COURS, alsh("1", "1"))));
        assertEquals(List.of(2024, 2025, 2026), points.stream().map(StatistiquesAfas.Point::exercice).toList(),
                "oldest first; no prévisionnel, no réel not (or no longer) transmitted");
        StatistiquesAfas.Point p = points.get(2);
        assertEquals(0, new BigDecimal("60000").compareTo(p.heuresRealisees()));
        assertEquals(0, new BigDecimal("57000").compareTo(p.heuresFacturees()));
        assertEquals(new BigDecimal("5.00"), p.coutHoraire(), "300 000 € / 60 000 h");
        assertEquals(0, new BigDecimal("100000").compareTo(p.financementCaf()));
        assertEquals(new BigDecimal("33.33"), p.partCaf(), "100 000 / 300 000");
        assertEquals(new BigDecimal("75.00"), p.tauxOccupation(), "60 000 / 80 000");
        assertEquals(new BigDecimal("95.00"), p.tauxFacturation(), "57 000 / 60 000");
        assertEquals(new BigDecimal("7.50"), points.get(0).coutHoraire(), "300 000 € / 40 000 h");
        assertEquals(StatutDeclaration.VALIDEE.getLibelle(), points.get(0).statut());
    }

    @Test
    @DisplayName("R-AFAS-8 : sans heures, le coût horaire et les taux sont « non calculables », jamais une division par zéro")
    void nonCalculable() {
        StatistiquesAfas.Point p = StatistiquesAfas.calculer(TypeEquipement.ALSH, List.of(
                new StatistiquesAfas.Releve(2025, NatureDeclaration.REEL, StatutDeclaration.VALIDEE, alsh("0", "0")))).get(0);
        assertNull(p.coutHoraire());
        assertNull(p.tauxFacturation());
        StatistiquesEquipement s = new StatistiquesEquipement(1L, "ALSH", TypeEquipement.ALSH, List.of(p));
        assertTrue(s.resumeCouts().contains("coût horaire non calculable"), s.resumeCouts());
        assertTrue(new StatistiquesEquipement(1L, "ALSH", TypeEquipement.ALSH, List.of()).resumeHeures().startsWith("Aucun réel transmis"));
    }

    @Test
    @DisplayName("R-AFAS-8 : les phrases lues avant chaque graphique disent ses chiffres principaux")
    void resumes() {
        StatistiquesEquipement s = new StatistiquesEquipement(1L, "ALSH", TypeEquipement.ALSH, StatistiquesAfas.calculer(TypeEquipement.ALSH,
                List.of(new StatistiquesAfas.Releve(2024, NatureDeclaration.REEL, StatutDeclaration.VALIDEE, alsh("40000", "40000")),
                        new StatistiquesAfas.Releve(2025, NatureDeclaration.REEL, StatutDeclaration.VALIDEE, alsh("60000", "57000")))));
        assertEquals("Heures réalisées : 40\u00A0000 en 2024, 60\u00A0000 en 2025 ; heures facturées : 40\u00A0000 puis 57\u00A0000.", s.resumeHeures());
        assertEquals("En 2025, taux d'occupation 75\u00A0% et taux de facturation 95\u00A0%.", s.resumeTaux());
        assertTrue(s.resumeCouts().startsWith("En 2025, coût horaire 5,00\u00A0€, financement de la Caf 100\u00A0000,00\u00A0€, soit 33,33\u00A0% des charges"),
                s.resumeCouts());
    }
}

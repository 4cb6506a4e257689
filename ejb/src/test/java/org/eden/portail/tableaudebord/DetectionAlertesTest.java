package org.eden.portail.tableaudebord;

import org.eden.portail.tableaudebord.EntrepotSupervision.JourneeUtilisateur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-TDB-7: alerts fire on planted patterns, and not on ordinary use. Fixed days. */
class DetectionAlertesTest {

    private static final LocalDate MARDI = LocalDate.of(2026, 3, 10);
    private static final LocalDate SAMEDI = LocalDate.of(2026, 3, 14);
    private static final LocalDate LUNDI_DE_PAQUES = LocalDate.of(2026, 4, 6);

    private static JourneeUtilisateur jour(LocalDate jour, String qui, long organisme, int dossiers, int nuit, int autreCaf) {
        return new JourneeUtilisateur(jour, qui, organisme, "271", 1, dossiers, nuit, autreCaf);
    }

    /** Eight users of one organisation, each 6 to 9 files on a weekday, by day. */
    private static List<JourneeUtilisateur> usageOrdinaire() {
        List<JourneeUtilisateur> journees = new ArrayList<>();
        for (int u = 0; u < 8; u++) {
            journees.add(jour(MARDI, "U" + u, 7L, 6 + u % 4, 0, 0));
        }
        return journees;
    }

    /** The ordinary use, and the days under test. */
    private static List<JourneeUtilisateur> usageOrdinaireEt(JourneeUtilisateur... autres) {
        List<JourneeUtilisateur> journees = usageOrdinaire();
        journees.addAll(List.of(autres));
        return journees;
    }

    @Test
    @DisplayName("R-TDB-7 : l'usage ordinaire (jour ouvré, en journée, dossiers de sa Caf, volumes semblables) ne lève aucune alerte")
    void usageOrdinaireSansAlerte() {
        assertEquals(List.of(), DetectionAlertes.detecter(usageOrdinaire(), SeuilsAlertes::parDefaut));
    }

    @Test
    @DisplayName("R-TDB-7 : au-delà du seuil de la Caf, l'alerte le dit et mène aux traces de la personne ce jour-là")
    void seuil() {
        List<JourneeUtilisateur> journees = usageOrdinaireEt(jour(MARDI, "GAR271001", 8L, 51, 0, 0));
        List<Alerte> alertes = DetectionAlertes.detecter(journees, SeuilsAlertes::parDefaut);
        assertEquals(1, alertes.size(), alertes.toString());
        Alerte a = alertes.get(0);
        assertEquals("GAR271001", a.identifiant());
        assertTrue(a.getMotifsTexte().contains("au-delà du seuil de 50"), a.getMotifsTexte());
        assertEquals("/trace/traces.xhtml?identifiant=GAR271001&du=2026-03-10&au=2026-03-10", a.traces());
        // A Caf that raises its threshold sees no alert for the same day.
        assertEquals(List.of(), DetectionAlertes.detecter(journees, caf -> new SeuilsAlertes(caf, 60, 10, false)));
    }

    @Test
    @DisplayName("R-TDB-7 : bien plus que la journée habituelle de l'organisme (sa médiane), même sous le seuil de la Caf")
    void usuelDeLOrganisme() {
        List<JourneeUtilisateur> journees = usageOrdinaireEt(jour(MARDI, "ATYPIQUE", 7L, 45, 0, 0));
        List<Alerte> alertes = DetectionAlertes.detecter(journees, SeuilsAlertes::parDefaut);
        assertEquals(List.of("ATYPIQUE"), alertes.stream().map(Alerte::identifiant).toList());
        assertTrue(alertes.get(0).getMotifsTexte().contains("fois la journée habituelle de l'organisme (8 dossiers)"),
                alertes.get(0).getMotifsTexte());
    }

    @Test
    @DisplayName("R-TDB-7 : des seules journées présélectionnées par la base et des médianes de toute la période, les mêmes alertes")
    void candidatesEtUsuels() {
        List<JourneeUtilisateur> journees = usageOrdinaireEt(jour(MARDI, "ATYPIQUE", 7L, 45, 0, 0), jour(MARDI, "GAR271001", 8L, 51, 0, 0),
                jour(SAMEDI, "C", 7L, 2, 0, 0));
        List<Alerte> toutes = DetectionAlertes.detecter(journees, SeuilsAlertes::parDefaut);
        List<JourneeUtilisateur> candidates = journees.stream().filter(j -> Set.of("ATYPIQUE", "GAR271001", "C").contains(j.identifiant())).toList();
        assertEquals(toutes, DetectionAlertes.detecter(candidates, DetectionAlertes.usuels(journees), SeuilsAlertes::parDefaut));
        assertEquals(Map.of(7L, 8), DetectionAlertes.usuels(journees), "the 6th of 10 days sorted by files; 8 has one day only");
        assertEquals(List.of(SAMEDI, SAMEDI.plusDays(1)), DetectionAlertes.joursChomes(MARDI, SAMEDI.plusDays(2)));
    }

    @Test
    @DisplayName("R-TDB-7 : dossiers d'une autre Caf, la nuit, un samedi ou un lundi de Pâques : chacun lève une alerte")
    void autreCafNuitJourChome() {
        List<JourneeUtilisateur> journees = List.of(jour(MARDI, "A", 7L, 3, 0, 1), jour(MARDI, "B", 7L, 3, 2, 0),
                jour(SAMEDI, "C", 7L, 2, 0, 0), jour(LUNDI_DE_PAQUES, "D", 7L, 2, 0, 0));
        List<Alerte> alertes = DetectionAlertes.detecter(journees, SeuilsAlertes::parDefaut);
        assertEquals(List.of("A", "B", "C", "D"), alertes.stream().map(Alerte::identifiant).toList());
        assertTrue(alertes.get(0).getMotifsTexte().contains("d'une autre Caf"));
        assertTrue(alertes.get(1).getMotifsTexte().contains("la nuit"));
        assertTrue(alertes.get(2).getMotifsTexte().contains("jour non travaillé"));
        assertTrue(alertes.get(3).getMotifsTexte().contains("jour non travaillé"));
    }

    @Test
    @DisplayName("R-TDB-7 : les jours fériés mobiles suivent Pâques")
    void paques() {
        assertEquals(LocalDate.of(2026, 4, 5), JoursChomes.paques(2026));
        assertEquals(LocalDate.of(2025, 4, 20), JoursChomes.paques(2025));
        assertTrue(JoursChomes.chome(LocalDate.of(2026, 5, 14)), "Ascension 2026");
        assertTrue(!JoursChomes.chome(MARDI));
    }
}

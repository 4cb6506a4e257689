package org.eden.portail.tableaudebord;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SupervisionResumeTest {

    private static Supervision supervision(List<Supervision.PointActivite> activite, List<Supervision.LigneSection> sections,
                                           List<Supervision.PointMontee> montee) {
        return new Supervision("la Caf 271", "01/11/2026", "30/11/2026", "SEMAINE", null, activite, sections, List.of(), montee, List.of());
    }

    @Test
    @DisplayName("R-TDB-2 : chaque graphique de la supervision est précédé de ses chiffres principaux en mots (RGAA 1.3)")
    void resumes() {
        Supervision s = supervision(
                List.of(new Supervision.PointActivite("S45", 12, 5, 30), new Supervision.PointActivite("S46", 20, 8, 41)),
                List.of(new Supervision.LigneSection("DROITS", "Droits", 17), new Supervision.LigneSection("LOGEMENT", "Logement", 3)),
                List.of(new Supervision.PointMontee("2026-10", "AFAS", 2), new Supervision.PointMontee("2026-11", "AFAS", 3),
                        new Supervision.PointMontee("2026-10", "CDAP", 18), new Supervision.PointMontee("2026-11", "CDAP", 20)));
        assertEquals("Du 01/11/2026 au 30/11/2026 : 32 connexion(s), dont 13 à la CDAP, et 71 dossier(s) CDAP ouvert(s) ;"
                + " période la plus active : S46 (20 connexion(s)).", s.resumeActivite());
        assertEquals("2 section(s) CDAP lue(s) ; la plus consultée : Droits (17 lecture(s)).", s.resumeSections());
        assertEquals("Fin 2026-11 : 23 habilitation(s) en vigueur (AFAS : 3, CDAP : 20).", s.resumeMontee());
    }

    @Test
    @DisplayName("R-TDB-2 : une période sans activité le dit, au lieu d'un graphique muet")
    void vide() {
        Supervision s = supervision(List.of(), List.of(), List.of());
        assertEquals("Aucune connexion sur la période.", s.resumeActivite());
        assertEquals("Aucune section CDAP lue sur la période.", s.resumeSections());
        assertEquals("Aucune habilitation dans le périmètre.", s.resumeMontee());
    }
}

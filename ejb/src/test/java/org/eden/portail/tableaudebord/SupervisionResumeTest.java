package org.eden.portail.tableaudebord;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SupervisionResumeTest {

    private static Supervision supervision(List<Supervision.PointActivite> activite, List<Supervision.LigneSection> sections,
                                           List<Supervision.PointMontee> montee) {
        return new Supervision("la Caf 271", "01/11/2026", "30/11/2026", "SEMAINE", null, activite, sections, List.of(), montee, List.of(),
                2026, List.of());
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
        assertEquals("Aucune déclaration AFAS attendue pour l'exercice 2026 dans le périmètre.", s.resumeDeclarations());
    }

    @Test
    @DisplayName("R-AFAS-7 : le graphique des déclarations AFAS est précédé du nombre en retard et du partenaire le plus en retard")
    void declarationsEnRetard() {
        List<Supervision.LigneDeclarations> lignes = List.of(
                new Supervision.LigneDeclarations("12", "Association Les Petits Pas", 2026, 3, 1, 0, 1, 1, 2),
                new Supervision.LigneDeclarations("13", "Centre social du Val", 2026, 2, 0, 0, 0, 2, 0));
        Supervision s = new Supervision("Caf 271", "2026-11-01", "2026-11-30", "SEMAINE", null, List.of(), List.of(), List.of(), List.of(),
                List.of(), 2026, lignes);
        assertEquals("Exercice 2026 : 5 déclaration(s) AFAS ouverte(s), dont 3 validée(s) ; 2 déclaration(s) en retard, le plus chez"
                + " Association Les Petits Pas (2).", s.resumeDeclarations());
        Supervision aJour = new Supervision("Caf 271", "2026-11-01", "2026-11-30", "SEMAINE", null, List.of(), List.of(), List.of(),
                List.of(), List.of(), 2026, List.of(lignes.get(1)));
        assertEquals("Exercice 2026 : 2 déclaration(s) AFAS ouverte(s), dont 2 validée(s) ; aucune en retard (1 partenaire(s)).",
                aJour.resumeDeclarations());
    }
}

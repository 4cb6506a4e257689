package org.eden.portail.tableaudebord;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FichierStatistiquesTest {

    private static FichierStatistiques.Lecture lire(String texte) throws IOException {
        return FichierStatistiques.lire(new BufferedReader(new StringReader(texte)), n -> { });
    }

    @Test
    @DisplayName("R-TDB-6 : le fichier d'un millésime généré se relit à l'identique, sans refus, avec ou sans BOM")
    void allerRetour() throws IOException {
        List<Statistique> figures = new GenerateurStatistiques(7).generer(Millesime.FR2, YearMonth.of(2025, 1));
        StringWriter fichier = new StringWriter();
        FichierStatistiques.ecrire(figures, fichier);
        FichierStatistiques.Lecture lecture = lire("\uFEFF" + fichier);
        assertEquals(List.of(), lecture.refus());
        assertEquals(Millesime.FR2, lecture.millesime());
        assertEquals(YearMonth.of(2025, 1), lecture.mois());
        assertEquals(figures, lecture.lignes().stream().map(CoherenceStatistiques.Ligne::statistique).toList());
        assertEquals(List.of(), CoherenceStatistiques.controler(lecture.lignes()));
    }

    @Test
    @DisplayName("R-TDB-6 : chaque ligne fautive est refusée avec son numéro et son motif")
    void lignesRefusees() throws IOException {
        String texte = FichierStatistiques.ENTETE + "\n"
                + "FR2;2025-01;CNAF;;NATIONAL;FR;PERSONNES_COUVERTES;FOYERS;1800000;1800000\n"      // 2: fine
                + "FR2;2025-02;CNAF;;NATIONAL;FR;PERSONNES_COUVERTES;PERSONNES;1;1\n"             // 3: another month
                + "FR2;2025-01;CNAF;SALARIE;NATIONAL;FR;PERSONNES_COUVERTES;PERSONNES;1;1\n"      // 4: statut for the CNAF
                + "FR2;2025-01;CNAF;;CAISSE;999;PERSONNES_COUVERTES;FOYERS;1;1\n"                  // 5: unknown Caf
                + "FR2;2025-01;MSA;EXPLOITANT;DEPARTEMENT;974;PERSONNES_COUVERTES;FOYERS;1;1\n"    // 6: no MSA overseas
                + "FR2;2025-01;CNAF;;NATIONAL;FR;PERSONNES_COUVERTES;METEO;1;1\n"                  // 7: unknown indicator
                + "FR2;2025-01;CNAF;;NATIONAL;FR;PERSONNES_COUVERTES;ENFANTS;-4;1\n"               // 8: negative
                + "FR2;2025-01;CNAF;;NATIONAL;FR;PERSONNES_COUVERTES;FOYERS;1800000;1800000\n"     // 9: twice
                + "FR2;2025-01;CNAF;;NATIONAL;FR\n";                                                // 10: fields
        FichierStatistiques.Lecture lecture = lire(texte);
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10), lecture.refus().stream().map(CoherenceStatistiques.Refus::numero).toList());
        assertTrue(lecture.refus().stream().allMatch(r -> r.motif().startsWith("R-TDB-6 : ligne " + r.numero() + " : ")), lecture.refus().toString());
        assertTrue(lecture.refus().get(0).motif().contains("un fichier par millésime et par mois"));
        assertTrue(lecture.refus().get(6).motif().contains("déjà donnée ligne 2"));
        assertEquals(1, lecture.lignes().size());
    }

    @Test
    @DisplayName("R-TDB-6 : sans l'en-tête convenu, le fichier est refusé dès la ligne 1")
    void entete() throws IOException {
        assertTrue(lire("annee;mois\n1;2\n").refus().get(0).motif().contains("l'en-tête attendu"));
    }
}

package org.eden.portail.habilitation;

import org.eden.portail.shared.RegleMetierException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FichierImportTest {

    private static List<FichierImport.Ligne> lire(String texte) {
        return FichierImport.lire(texte.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("R-HAB-10 : UTF-8 avec BOM, séparateur « ; », en-tête ignorée, plusieurs groupes séparés par « | »")
    void pointVirguleAvecBom() {
        List<FichierImport.Ligne> lignes = lire("\uFEFFnom;prénom;e-mail;groupes\r\nÉlodie;Zoé;zoe@x.test;Social|Action sociale › Accueil\r\n");
        assertEquals(1, lignes.size());
        FichierImport.Ligne ligne = lignes.get(0);
        assertEquals(2, ligne.numero(), "numbered as a spreadsheet shows it");
        assertEquals("Élodie", ligne.nom());
        assertEquals(List.of("Social", "Action sociale › Accueil"), ligne.groupes());
        assertEquals(List.of("Action sociale", "Accueil"), FichierImport.segments(ligne.groupes().get(1)));
    }

    @Test
    @DisplayName("R-HAB-10 : séparateur « , » détecté, sans BOM ni en-tête, champs entre guillemets")
    void virguleEtGuillemets() {
        List<FichierImport.Ligne> lignes = lire("Martin,\"Léa, dite \"\"Lou\"\"\",lea@x.test,Pilotage\nDurand,Paul,paul@x.test,\n");
        assertEquals(2, lignes.size());
        assertEquals("Léa, dite \"Lou\"", lignes.get(0).prenom());
        assertTrue(lignes.get(1).groupes().isEmpty());
    }

    @Test
    @DisplayName("R-HAB-10 : fichier vide, trop gros, trop de lignes ou pas en UTF-8 — refusé avec un message clair")
    void limites() {
        assertEquals("R-HAB-10", assertThrows(RegleMetierException.class, () -> lire("")).getRegle());
        assertEquals("R-HAB-10", assertThrows(RegleMetierException.class, () -> lire("nom;prénom;e-mail;groupes\n")).getRegle());
        assertThrows(RegleMetierException.class, () -> FichierImport.lire(new byte[FichierImport.TAILLE_MAXIMALE + 1]));
        RegleMetierException trop = assertThrows(RegleMetierException.class,
                () -> lire("a;b;c@x.test;G\n".repeat(FichierImport.LIGNES_MAXIMALES + 1)));
        assertTrue(trop.getMessage().contains("2000"), trop.getMessage());
        assertEquals(FichierImport.LIGNES_MAXIMALES, lire("a;b;c@x.test;G\n".repeat(FichierImport.LIGNES_MAXIMALES)).size());
        RegleMetierException latin1 = assertThrows(RegleMetierException.class,
                () -> FichierImport.lire("Hélène;A;a@x.test;G".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(latin1.getMessage().contains("UTF-8"));
    }
}

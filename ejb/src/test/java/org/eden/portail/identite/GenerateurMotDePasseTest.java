package org.eden.portail.identite;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class GenerateurMotDePasseTest {

    private static final TitulaireMotDePasse TITULAIRE = new TitulaireMotDePasse("MAR271001", "Martin", "Sophie");

    @ParameterizedTest
    @EnumSource(PolitiqueMotDePasse.class)
    @DisplayName("R-PWD-2 : 1 000 mots de passe provisoires générés, tous conformes à la politique et lisibles")
    void milleEchantillons(PolitiqueMotDePasse politique) {
        GenerateurMotDePasse generateur = new GenerateurMotDePasse(politique);
        ControleMotDePasse controle = new ControleMotDePasse(politique);
        Set<String> vus = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String motDePasse = generateur.generer(TITULAIRE);
            assertEquals(politique.longueurGeneree(), motDePasse.length(), motDePasse);
            assertEquals(List.of(), controle.refus(motDePasse, TITULAIRE), motDePasse);
            assertFalse(motDePasse.chars().anyMatch(c -> "O0Il1 '\"`".indexOf(c) >= 0), motDePasse);
            vus.add(motDePasse);
        }
        assertEquals(1_000, vus.size(), "aléa");
    }

    @ParameterizedTest
    @EnumSource(PolitiqueMotDePasse.class)
    @DisplayName("R-PWD-1 : un mot de passe provisoire, même ASVS, passe aussi la politique du contrat")
    void conformeAuContrat(PolitiqueMotDePasse politique) {
        String motDePasse = new GenerateurMotDePasse(politique).generer();
        assertEquals(List.of(), new ControleMotDePasse(PolitiqueMotDePasse.CONTRAT).refus(motDePasse, null), motDePasse);
    }
}

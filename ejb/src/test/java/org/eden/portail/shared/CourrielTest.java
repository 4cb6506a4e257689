package org.eden.portail.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourrielTest {

    @Test
    @DisplayName("Un courriel ne montre jamais son contenu (un mot de passe) dans un journal")
    void toStringSansContenu() {
        Courriel courriel = new Courriel(" a@b.fr ", "Objet", "mot de passe Secret#1", "<p>Secret#1</p>");
        assertEquals("a@b.fr", courriel.destinataire());
        assertFalse(courriel.toString().contains("Secret#1"), courriel.toString());
        assertTrue(courriel.toString().contains("a@b.fr") && courriel.toString().contains("Objet"));
    }

    @Test
    @DisplayName("Un courriel sans destinataire, objet ou contenu est refusé")
    void complet() {
        assertThrows(IllegalArgumentException.class, () -> new Courriel(" ", "Objet", "t", "h"));
        assertThrows(NullPointerException.class, () -> new Courriel("a@b.fr", "Objet", null, "h"));
    }

    @Test
    @DisplayName("Un gabarit refuse un paramètre sans valeur plutôt que d'envoyer « {{…}} »")
    void parametreManquant() {
        Gabarit gabarit = Gabarit.charger("org/eden/portail/identite/courriels/identifiant.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gabarit.texte(Map.of("organisme", "O")));
        assertTrue(e.getMessage().contains("{{identifiant}}") || e.getMessage().contains("{{lienPortail}}"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Gabarit.charger("org/eden/portail/identite/courriels/absent.txt"));
    }
}

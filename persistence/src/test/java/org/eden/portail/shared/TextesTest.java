package org.eden.portail.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextesTest {

    @Test
    void minusculeInitialeGardeLesSigles() {
        assertEquals("foyers allocataires du RSA", Textes.minusculeInitiale("Foyers allocataires du RSA"));
        assertEquals("exploitants agricoles", Textes.minusculeInitiale("Exploitants agricoles"));
        assertEquals("RSA versé", Textes.minusculeInitiale("RSA versé"));
        assertEquals("écart", Textes.minusculeInitiale("Écart"));
        assertEquals("a", Textes.minusculeInitiale("A"));
        assertEquals("", Textes.minusculeInitiale(""));
        assertNull(Textes.minusculeInitiale(null));
    }

    @Test
    void tronquerALaColonne() {
        assertEquals("abc", Textes.tronquer("abcdef", 3));
        assertEquals("ab", Textes.tronquer("ab", 3));
        assertNull(Textes.tronquer(null, 3));
    }
}

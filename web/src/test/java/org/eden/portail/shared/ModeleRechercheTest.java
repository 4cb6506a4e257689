package org.eden.portail.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** How a lazy table's sort becomes the order a search service reads. */
class ModeleRechercheTest {

    private static SortMeta tri(SortOrder ordre) {
        return SortMeta.builder().field("nom").order(ordre).build();
    }

    @Test
    void leChampTrieOuAucun() {
        assertEquals("nom", ModeleRecherche.champ(tri(SortOrder.ASCENDING)));
        assertNull(ModeleRecherche.champ(null));
    }

    @Test
    void unTriDitLeSens() {
        for (boolean parDefaut : new boolean[] {true, false}) {
            assertTrue(ModeleRecherche.croissant(tri(SortOrder.ASCENDING), parDefaut));
            assertFalse(ModeleRecherche.croissant(tri(SortOrder.DESCENDING), parDefaut));
        }
    }

    @Test
    void sansTriLeSensParDefaut() {
        for (boolean parDefaut : new boolean[] {true, false}) {
            assertEquals(parDefaut, ModeleRecherche.croissant(null, parDefaut));
            assertEquals(parDefaut, ModeleRecherche.croissant(tri(SortOrder.UNSORTED), parDefaut));
        }
    }
}

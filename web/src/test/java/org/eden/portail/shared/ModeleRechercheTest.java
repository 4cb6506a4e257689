package org.eden.portail.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** How a lazy table's sort and filters become the order and the criteria a search service reads. */
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

    private static Map<String, FilterMeta> filtre(String champ, Object valeur) {
        return Map.of(champ, FilterMeta.builder().field(champ).filterValue(valeur).build());
    }

    @Test
    void unFiltreVideNeFiltreRien() {
        assertNull(ModeleRecherche.valeur(null, "nom"));
        assertNull(ModeleRecherche.valeur(Map.of(), "nom"));
        assertNull(ModeleRecherche.valeur(filtre("nom", null), "nom"));
        assertNull(ModeleRecherche.valeur(filtre("nom", "  "), "nom"));
        assertEquals("Dupont", ModeleRecherche.valeur(filtre("nom", "Dupont"), "nom"));
        assertNull(ModeleRecherche.valeur(filtre("nom", "Dupont"), "identifiant"));
    }

    @Test
    void unNomInconnuNeFiltreRien() {
        assertEquals(DayOfWeek.MONDAY, ModeleRecherche.enumeration(DayOfWeek.class, "MONDAY"));
        assertNull(ModeleRecherche.enumeration(DayOfWeek.class, "LUNDI"));
        assertNull(ModeleRecherche.enumeration(DayOfWeek.class, null));
    }
}

package org.eden.portail.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The page read with the count is shown, not read again; any other page, order or a new filter reads. */
class ModelePremierePageTest {

    /** A page of the numbers 0 to 44, and their total. */
    record Page(List<Integer> nombres, int total) {
    }

    static class Modele extends ModelePremierePage<Integer, Page> {

        private static final long serialVersionUID = 1L;

        final List<String> appels = new ArrayList<>();

        Modele() {
            super(20);
        }

        @Override
        protected Page page(int debut, int taille, Map<String, SortMeta> tris) {
            appels.add(debut + "+" + taille + (tris.isEmpty() ? "" : " trié"));
            return new Page(IntStream.range(debut, Math.min(debut + taille, 45)).boxed().toList(), 45);
        }

        @Override
        protected boolean ordreParDefaut(Map<String, SortMeta> tris) {
            return tris.isEmpty();
        }

        @Override
        protected int total(Page page) {
            return page.total();
        }

        @Override
        protected List<Integer> lignes(Page page) {
            return page.nombres();
        }

        @Override
        protected String cle(Integer ligne) {
            return String.valueOf(ligne);
        }
    }

    @Test
    void laPremierePageLueAvecLeTotalNEstPasRelue() {
        Modele modele = new Modele();
        assertEquals(45, modele.count(Map.of()));
        assertEquals(20, modele.load(0, 20, Map.of(), Map.of()).size());
        assertEquals(List.of("0+20"), modele.appels);
        assertEquals(45, modele.getRowCount());
    }

    @Test
    void uneAutrePageUnAutreOrdreOuUnNouveauFiltreRelisent() {
        Modele modele = new Modele();
        modele.count(Map.of());
        assertEquals(List.of(40, 41, 42, 43, 44), modele.load(40, 20, Map.of(), Map.of()));
        modele.load(0, 20, Map.of(), Map.of());
        SortMeta tri = SortMeta.builder().field("n").order(SortOrder.ASCENDING).build();
        modele.load(0, 20, Map.of("n", tri), Map.of());
        modele.oublier();
        modele.count(Map.of());
        assertEquals(List.of("0+20", "40+20", "0+20", "0+20 trié", "0+20"), modele.appels);
    }
}

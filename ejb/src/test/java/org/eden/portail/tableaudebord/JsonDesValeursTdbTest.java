package org.eden.portail.tableaudebord;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JSON the API writes of a table's rows and cells, pinned to the letter (see
 * {@code cdap.JsonDesValeursCdapTest}): whether a cell is in euros only shapes its text and is
 * not written; a secret cell has no value.
 */
class JsonDesValeursTdbTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void fermer() throws Exception {
        JSONB.close();
    }

    @Test
    void celluleEnEurosNombreEtSecret() {
        assertEquals("[{\"indicateur\":\"MONTANT\",\"secret\":false,\"texte\":\"519,94\u00a0€\",\"valeur\":519.94},{\"indicateur\":\"FOYERS\",\"secret\":false,\"texte\":\"1\u00a0845\u00a0312\",\"valeur\":1845312},{\"indicateur\":\"FOYERS\",\"secret\":true,\"texte\":\"secret statistique\"},{\"indicateur\":\"VIDE\",\"secret\":false,\"texte\":\"\"}]", JSONB.toJson(List.of(
                new CelluleTdb("MONTANT", new BigDecimal("519.94"), false, true),
                new CelluleTdb("FOYERS", new BigDecimal("1845312"), false, false),
                new CelluleTdb("FOYERS", new BigDecimal("7"), true, false),
                new CelluleTdb("VIDE", null, false, false))));
    }

    @Test
    void ligne() {
        assertEquals("{\"cellules\":[{\"indicateur\":\"FOYERS\",\"secret\":false,\"texte\":\"12\",\"valeur\":12}],\"code\":\"691\",\"libelle\":\"Caf du Rhône\"}", JSONB.toJson(new LigneTdb("691", "Caf du Rhône",
                List.of(new CelluleTdb("FOYERS", new BigDecimal("12"), false, false)))));
    }
}

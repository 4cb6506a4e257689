package org.eden.portail.trace;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequeteTracesTest {

    @Test
    @DisplayName("R-TRACE-4 : la portée est toujours la première condition, et les filtres ne font que s'y ajouter (valeurs liées, jamais concaténées)")
    void porteeToujoursPresente() {
        FiltreTraces forge = new FiltreTraces();
        forge.setIdentifiant("x' OR '1'='1");
        forge.setAction("connexion");
        forge.setResultat(ResultatTrace.REFUS);
        forge.setDu(Instant.parse("2026-01-01T00:00:00Z"));
        RequeteTraces requete = RequeteTraces.de(PorteeLecture.organisme(42L), forge);
        assertEquals("SELECT COUNT(*) FROM (SELECT 1 FROM trace WHERE organisme_id = ? AND identifiant = ? AND action = ?"
                + " AND resultat = ? AND horodatage >= ? AND rang IS NOT NULL FETCH FIRST 10001 ROWS ONLY) t", requete.sqlCompte());
        assertEquals(42L, requete.parametres().get(0));
        assertEquals(List.of("X' OR '1'='1", "CONNEXION", "REFUS"), requete.parametres().subList(1, 4));

        RequeteTraces caf = RequeteTraces.de(PorteeLecture.caf("271"), null);
        assertTrue(caf.sqlPage(TriTraces.HORODATAGE, false).contains("WHERE code_caf = ? AND rang IS NOT NULL ORDER BY horodatage DESC, rang DESC"),
                caf.sqlPage(TriTraces.HORODATAGE, false));
    }

    @Test
    @DisplayName("R-TRACE-4 : une portée est un organisme ou une Caf, jamais rien ni les deux")
    void porteeExclusive() {
        assertThrows(IllegalArgumentException.class, () -> new PorteeLecture(null, null));
        assertThrows(IllegalArgumentException.class, () -> new PorteeLecture(1L, "271"));
    }
}

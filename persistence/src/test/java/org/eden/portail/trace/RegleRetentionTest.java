package org.eden.portail.trace;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegleRetentionTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    @DisplayName("R-TRACE-2 : une trace est gardée six mois jour pour jour ; un instant de plus, elle est purgée")
    void limiteSixMois() {
        Clock horloge = Clock.fixed(Instant.parse("2026-09-15T01:30:00Z"), PARIS);
        Instant limite = RegleRetention.DEFAUT.limite(horloge.instant(), horloge.getZone());
        // 15 September 03:30 Paris (summer time) minus 6 months: 15 March 03:30 Paris, winter time (UTC+1).
        assertEquals(Instant.parse("2026-03-15T02:30:00Z"), limite);
        assertFalse(RegleRetention.DEFAUT.aPurger(limite, horloge.instant(), PARIS), "exactly six months: kept");
        assertTrue(RegleRetention.DEFAUT.aPurger(limite.minusMillis(1), horloge.instant(), PARIS));
        assertFalse(RegleRetention.DEFAUT.aPurger(limite.plusMillis(1), horloge.instant(), PARIS));
    }

    @Test
    @DisplayName("R-TRACE-2 : six mois calendaires, même en fin de mois")
    void finDeMois() {
        Instant maintenant = Instant.parse("2026-08-31T10:00:00Z");
        assertEquals(Instant.parse("2026-02-28T11:00:00Z"), RegleRetention.DEFAUT.limite(maintenant, PARIS));
    }

    @Test
    @DisplayName("R-TRACE-3 : les données d'habilitation sont gardées six ans après la dévalidation")
    void habilitationsSixAns() {
        Instant maintenant = Instant.parse("2032-05-10T10:00:00Z");
        Instant limite = RegleRetention.HABILITATIONS.limite(maintenant, PARIS);
        assertEquals(Instant.parse("2026-05-10T10:00:00Z"), limite);
        assertFalse(RegleRetention.HABILITATIONS.aPurger(limite, maintenant, PARIS));
        assertTrue(RegleRetention.HABILITATIONS.aPurger(limite.minusSeconds(1), maintenant, PARIS));
    }
}

package org.eden.portail.shared;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HorlogeTest {

    private static final Clock SYSTEME = Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), Horloge.FUSEAU);

    @Test
    void sansDepartCEstLHorlogeDuSysteme() {
        assertSame(SYSTEME, Horloge.horlogeDepuis("", SYSTEME));
        assertSame(SYSTEME, Horloge.horlogeDepuis(null, SYSTEME));
    }

    @Test
    void unDepartDeplaceLHorlogeAUneHeureDeParis() {
        Clock deplacee = Horloge.horlogeDepuis("2028-02-29T23:30", SYSTEME);
        assertEquals(LocalDateTime.parse("2028-02-29T23:30"), LocalDateTime.now(deplacee));
        assertEquals(Horloge.FUSEAU, deplacee.getZone());
    }

    @Test
    void unDepartIllisibleArreteLeDemarrage() {
        IllegalStateException refus = assertThrows(IllegalStateException.class, () -> Horloge.horlogeDepuis("31/12/2026", SYSTEME));
        assertTrue(refus.getMessage().contains(Horloge.DEPART), refus.getMessage());
    }
}

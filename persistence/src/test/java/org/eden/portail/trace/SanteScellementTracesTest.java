package org.eden.portail.trace;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SanteScellementTracesTest {

    private static final Instant DERNIERE = Instant.parse("2026-03-31T10:00:00Z");
    private static final Duration MAX = Duration.ofMinutes(5);

    @Test
    @DisplayName("R-TRACE-1 : prêt quand rien n'attend, ou quand l'attente reste sous la limite")
    void pret() {
        assertTrue(SanteScellementTraces.pret(AttenteScellement.AUCUNE, DERNIERE, MAX));
        assertTrue(SanteScellementTraces.pret(new AttenteScellement(3, DERNIERE.minus(MAX)), DERNIERE, MAX),
                "the limit itself is still ready");
        assertTrue(SanteScellementTraces.pret(new AttenteScellement(1, DERNIERE.plusSeconds(1)), DERNIERE, MAX),
                "a waiting trace stamped after the newest sealed one has not waited");
    }

    @Test
    @DisplayName("R-TRACE-1 : non prêt quand la plus ancienne trace en attente a plus que la limite de retard sur la dernière écrite")
    void nonPret() {
        AttenteScellement attente = new AttenteScellement(42, DERNIERE.minus(MAX).minusSeconds(1));
        assertFalse(SanteScellementTraces.pret(attente, DERNIERE, MAX));
        assertEquals(Duration.ofSeconds(301), attente.age(DERNIERE));
    }
}

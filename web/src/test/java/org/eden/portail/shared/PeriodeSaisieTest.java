package org.eden.portail.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodeSaisieTest {

    private final PeriodeSaisie periode = new PeriodeSaisie();

    @Test
    void lesBornesSontDesJoursEntiersHeureDeParis() {
        periode.setDu(LocalDate.of(2026, 7, 1));
        periode.setAu(LocalDate.of(2026, 7, 31));
        assertEquals(Instant.parse("2026-06-30T22:00:00Z"), periode.debut());
        // The last day is included: the period ends when the next one begins (winter time by then or not).
        assertEquals(Instant.parse("2026-07-31T22:00:00Z"), periode.finExclue());
        assertEquals("alertes-2026-07-01-2026-07-31", periode.nomFichier("alertes"));
        assertFalse(periode.isVide());
    }

    @Test
    void uneBorneVideNeFiltrePas() {
        assertNull(periode.debut());
        assertNull(periode.finExclue());
        assertFalse(periode.isVide());
    }

    @Test
    void uneFinAvantLeDebutEstUnePeriodeVide() {
        periode.setDu(LocalDate.of(2026, 7, 2));
        periode.setAu(LocalDate.of(2026, 7, 1));
        assertTrue(periode.isVide());
    }

    @Test
    void lesTrenteDerniersJoursFinissentAujourdhui() {
        periode.derniersJours(LocalDate.of(2026, 11, 30), 30);
        assertEquals(LocalDate.of(2026, 11, 1), periode.getDu());
        assertEquals(LocalDate.of(2026, 11, 30), periode.getAu());
        periode.effacer();
        assertNull(periode.getDu());
        assertNull(periode.getAu());
    }
}

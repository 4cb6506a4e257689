package org.eden.portail.afas;

import org.eden.portail.shared.Fuseau;
import org.eden.portail.shared.RegleMetierException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-AFAS-7: the campaigns of a Caf open and close its declarations, read on a fixed clock (Paris time). */
class CalendrierCampagneTest {

    private static final Instant LE = Instant.parse("2027-01-04T08:00:00Z");

    /** The Paris day of a fixed clock set at that Paris date and time, as the services read it. */
    private static LocalDate jour(String parisDateHeure) {
        Clock horloge = Clock.fixed(LocalDateTime.parse(parisDateHeure).atZone(Fuseau.PARIS).toInstant(), Fuseau.PARIS);
        return LocalDate.ofInstant(horloge.instant(), Fuseau.PARIS);
    }

    @Test
    @DisplayName("R-AFAS-7 : la campagne réglée par la Caf ouvre et ferme ses déclarations ; une autre nature ou un autre exercice garde le calendrier par défaut")
    void campagneDeLaCaf() {
        CalendrierCampagne c = CalendrierCampagne.de(List.of(CampagneAfas.de("080", 2027, NatureDeclaration.PREVISIONNEL,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 26), "ADM080001", LE)));
        assertEquals("R-AFAS-7", assertThrows(RegleMetierException.class,
                () -> c.exigerOuverte(NatureDeclaration.PREVISIONNEL, 2027, jour("2027-01-03T23:59"))).getRegle());
        assertDoesNotThrow(() -> c.exigerOuverte(NatureDeclaration.PREVISIONNEL, 2027, jour("2027-01-04T00:00")));
        assertFalse(c.enRetard(NatureDeclaration.PREVISIONNEL, 2027, jour("2027-02-26T23:59")), "the deadline's day is in time");
        assertTrue(c.enRetard(NatureDeclaration.PREVISIONNEL, 2027, jour("2027-02-27T00:00")));
        assertTrue(c.reglee(NatureDeclaration.PREVISIONNEL, 2027));
        assertEquals(LocalDate.of(2028, 2, 13), c.echeance(NatureDeclaration.PREVISIONNEL, 2028), "another exercice: the default");
        assertEquals(LocalDate.of(2027, 7, 10), c.echeance(NatureDeclaration.ACTUALISE_JUIN, 2027), "another kind: the default");
        assertFalse(c.reglee(NatureDeclaration.ACTUALISE_JUIN, 2027));
    }

    @Test
    @DisplayName("R-AFAS-7 : le réel 2027 est dû le 31 mars 2028 (année bissextile) et ouvre le 29 février 2028 ; en retard le 1er avril")
    void trenteEtUnMarsBissextile() {
        CalendrierCampagne c = CalendrierCampagne.DEFAUT;
        assertEquals(LocalDate.of(2028, 3, 31), c.echeance(NatureDeclaration.REEL, 2027));
        assertEquals(LocalDate.of(2028, 2, 29), c.ouverture(NatureDeclaration.REEL, 2027));
        assertThrows(RegleMetierException.class, () -> c.exigerOuverte(NatureDeclaration.REEL, 2027, jour("2028-02-28T23:59")));
        assertDoesNotThrow(() -> c.exigerOuverte(NatureDeclaration.REEL, 2027, jour("2028-02-29T00:00")));
        assertFalse(c.enRetard(NatureDeclaration.REEL, 2027, jour("2028-03-31T23:59")));
        assertTrue(c.enRetard(NatureDeclaration.REEL, 2027, jour("2028-04-01T00:00")));
        assertEquals(LocalDate.of(2027, 2, 28), c.ouverture(NatureDeclaration.REEL, 2026), "a common year: 28 February");
    }

    @Test
    @DisplayName("R-AFAS-7 : une échéance un samedi reste le samedi (choix : pas de report au lundi) ; le dimanche, la déclaration est en retard")
    void echeanceUnWeekEnd() {
        CalendrierCampagne c = CalendrierCampagne.DEFAUT;
        LocalDate echeance = c.echeance(NatureDeclaration.PREVISIONNEL, 2027);
        assertEquals(DayOfWeek.SATURDAY, echeance.getDayOfWeek());
        assertEquals(LocalDate.of(2027, 2, 13), echeance);
        assertFalse(c.enRetard(NatureDeclaration.PREVISIONNEL, 2027, jour("2027-02-13T18:00")));
        assertTrue(c.enRetard(NatureDeclaration.PREVISIONNEL, 2027, jour("2027-02-14T09:00")));
        assertTrue(c.enRetard(NatureDeclaration.PREVISIONNEL, 2027, jour("2027-02-15T09:00")), "not moved to Monday");
    }

    @Test
    @DisplayName("R-AFAS-7 : une campagne n'ouvre pas après son échéance ni hors de la portée de son exercice")
    void datesRefusees() {
        assertEquals("R-AFAS-7", assertThrows(RegleMetierException.class, () -> CampagneAfas.de("080", 2027, NatureDeclaration.REEL,
                LocalDate.of(2028, 4, 1), LocalDate.of(2028, 3, 31), "ADM080001", LE)).getRegle());
        assertEquals("R-AFAS-7", assertThrows(RegleMetierException.class, () -> CampagneAfas.de("080", 2027, NatureDeclaration.REEL,
                LocalDate.of(2028, 3, 1), LocalDate.of(2208, 3, 31), "ADM080001", LE)).getRegle());
        assertEquals("R-AFAS-7", assertThrows(RegleMetierException.class, () -> CampagneAfas.de("080", 2027, NatureDeclaration.REEL,
                null, LocalDate.of(2028, 3, 31), "ADM080001", LE)).getRegle());
    }
}

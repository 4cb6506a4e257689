package org.eden.portail.identite;

import org.eden.portail.shared.Horloge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Optional;

import static org.eden.portail.identite.PolitiqueMotDePasse.ASVS;
import static org.eden.portail.identite.PolitiqueMotDePasse.CONTRAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PolitiqueMotDePasseTest {

    private static Instant paris(String dateHeure) {
        return LocalDateTime.parse(dateHeure).atZone(Horloge.FUSEAU).toInstant();
    }

    private static Clock a(Instant instant) {
        return Clock.fixed(instant, Horloge.FUSEAU);
    }

    @AfterEach
    void oublierLaPropriete() {
        System.clearProperty(PolitiqueMotDePasse.PROPRIETE);
    }

    @Test
    @DisplayName("R-PWD-1..4 : la politique CONTRAT porte les nombres du contrat")
    void nombresDuContrat() {
        assertEquals(8, CONTRAT.longueurMin());
        assertEquals(20, CONTRAT.longueurMax());
        assertTrue(CONTRAT.compositionExigee());
        assertEquals(3, CONTRAT.historique());
        assertEquals(Optional.of(Period.ofMonths(6)), CONTRAT.validitePersonnel());
        assertEquals(Duration.ofHours(24), CONTRAT.validiteProvisoire());
        assertTrue(CONTRAT.longueurGeneree() >= 8 && CONTRAT.longueurGeneree() <= 20);
    }

    @Test
    @DisplayName("ASVS : 12 à 128 caractères, ni composition, ni expiration, ni historique ; provisoire 24 h")
    void nombresAsvs() {
        assertEquals(12, ASVS.longueurMin());
        assertEquals(128, ASVS.longueurMax());
        assertFalse(ASVS.compositionExigee());
        assertEquals(0, ASVS.historique());
        assertEquals(Optional.empty(), ASVS.validitePersonnel());
        assertEquals(Duration.ofHours(24), ASVS.validiteProvisoire());
        assertEquals(16, ASVS.longueurGeneree());
    }

    @Test
    @DisplayName("R-PWD-2 : un mot de passe provisoire vaut 24 h, pas une seconde de plus")
    void provisoire24h() {
        Instant emisLe = paris("2026-03-28T10:15:00");
        for (PolitiqueMotDePasse politique : PolitiqueMotDePasse.values()) {
            assertEquals(emisLe.plus(Duration.ofHours(24)), politique.expirationProvisoire(emisLe));
            assertFalse(politique.estExpireProvisoire(emisLe, a(emisLe)));
            assertFalse(politique.estExpireProvisoire(emisLe, a(emisLe.plusSeconds(24 * 3600 - 1))));
            assertTrue(politique.estExpireProvisoire(emisLe, a(emisLe.plusSeconds(24 * 3600))));
        }
    }

    @Test
    @DisplayName("R-PWD-3 : un mot de passe personnel vaut 6 mois, au calendrier de Paris")
    void personnelSixMois() {
        // January is on winter time, July on summer time: 09:00 in Paris either way.
        Instant changeLe = paris("2026-01-15T09:00:00");
        Instant fin = paris("2026-07-15T09:00:00");
        assertEquals(Optional.of(fin), CONTRAT.expirationPersonnel(changeLe));
        assertFalse(CONTRAT.estExpirePersonnel(changeLe, a(fin.minusSeconds(1))));
        assertTrue(CONTRAT.estExpirePersonnel(changeLe, a(fin)));
    }

    @Test
    @DisplayName("R-PWD-3 : changé un 31 août, le mot de passe expire le 28 février")
    void personnelFinDeMois() {
        assertEquals(Optional.of(paris("2027-02-28T18:00:00")),
                CONTRAT.expirationPersonnel(paris("2026-08-31T18:00:00")));
    }

    @Test
    @DisplayName("ASVS : un mot de passe personnel n'expire jamais")
    void asvsSansExpiration() {
        Instant changeLe = paris("2026-01-15T09:00:00");
        assertEquals(Optional.empty(), ASVS.expirationPersonnel(changeLe));
        assertFalse(ASVS.estExpirePersonnel(changeLe, a(paris("2036-01-15T09:00:00"))));
    }

    @Test
    @DisplayName("Configuration : « contrat » et « asvs », en toute casse, choisissent la politique")
    void valeursConfigurees() {
        assertEquals(CONTRAT, PolitiqueMotDePasse.depuis("contrat"));
        assertEquals(ASVS, PolitiqueMotDePasse.depuis("asvs"));
        assertEquals(ASVS, PolitiqueMotDePasse.depuis(" ASVS "));
    }

    @Test
    @DisplayName("Configuration : sans valeur, la politique du contrat")
    void parDefaut() {
        assertEquals(CONTRAT, PolitiqueMotDePasse.depuis(null));
        assertEquals(CONTRAT, PolitiqueMotDePasse.depuis(""));
        assumeTrue(System.getenv(PolitiqueMotDePasse.VARIABLE) == null, "variable d'environnement posée");
        assertEquals(CONTRAT, PolitiqueMotDePasse.configuree());
    }

    @Test
    @DisplayName("Configuration : la propriété système eden.motdepasse.politique est lue")
    void proprieteSysteme() {
        System.setProperty(PolitiqueMotDePasse.PROPRIETE, "asvs");
        assertEquals(ASVS, PolitiqueMotDePasse.configuree());
        System.setProperty(PolitiqueMotDePasse.PROPRIETE, "contrat");
        assertEquals(CONTRAT, PolitiqueMotDePasse.configuree());
    }

    @Test
    @DisplayName("Configuration : une valeur inconnue arrête tout, avec un message clair")
    void valeurInconnue() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PolitiqueMotDePasse.depuis("nist"));
        assertTrue(e.getMessage().contains("« nist »"), e.getMessage());
        assertTrue(e.getMessage().contains("contrat, asvs"), e.getMessage());
        System.setProperty(PolitiqueMotDePasse.PROPRIETE, "souple");
        assertThrows(IllegalStateException.class, PolitiqueMotDePasse::configuree);
    }
}

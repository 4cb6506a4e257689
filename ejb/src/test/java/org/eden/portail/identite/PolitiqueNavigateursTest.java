package org.eden.portail.identite;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-AUTH-4 on real User-Agent strings, old and current, judged with the default policy of the
 * build's reference date (2026-12-01: the browsers released since 2024-12-01) — no dependence on
 * today's date.
 */
class PolitiqueNavigateursTest {

    private static final PolitiqueNavigateurs DEFAUT = PolitiqueNavigateurs.depuis(cle -> null);

    @ParameterizedTest(name = "R-AUTH-4 : {0} → {1}")
    @DisplayName("R-AUTH-4 : les navigateurs des deux dernières années passent, les plus anciens sont refusés (table de User-Agent réels)")
    @CsvSource(delimiter = '|', textBlock = """
            Chromium 156 des tests (sans interface)   | true  | CHROME  | 156  | Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36
            Chrome 142 Windows                        | true  | CHROME  | 142  | Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36
            Chrome 131 macOS (nov. 2024)              | false | CHROME  | 131  | Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36
            Chrome 109 Windows 7                      | false | CHROME  | 109  | Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36
            Chrome 138 Android                        | true  | CHROME  | 138  | Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36
            Chrome 132 iPhone                         | true  | CHROME  | 132  | Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/132.0.6834.78 Mobile/15E148 Safari/604.1
            Chromium 140 Debian                       | true  | CHROME  | 140  | Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36
            Edge 141 Windows                          | true  | EDGE    | 141  | Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0
            Edge 120 Windows                          | false | EDGE    | 120  | Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91
            Edge Legacy 18 (EdgeHTML)                 | false | EDGE    | 18.19045 | Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045
            Firefox 145 Windows                       | true  | FIREFOX | 145  | Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0
            Firefox 134 Linux (janv. 2025)            | true  | FIREFOX | 134  | Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0
            Firefox 128 ESR                           | true  | FIREFOX | 128  | Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0
            Firefox 127 (ni récent ni ESR)            | false | FIREFOX | 127  | Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0
            Firefox 115 ESR (branche arrêtée)         | false | FIREFOX | 115  | Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0
            Firefox 140 ESR iPhone                    | true  | FIREFOX | 140  | Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/140.0 Mobile/15E148 Safari/605.1.15
            Safari 26.1 macOS                         | true  | SAFARI  | 26.1 | Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15
            Safari 18.2 iPhone (déc. 2024)            | true  | SAFARI  | 18.2 | Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1
            Safari 18.1 macOS (oct. 2024)             | false | SAFARI  | 18.1 | Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15
            Safari 15.6 iPad                          | false | SAFARI  | 15.6 | Mozilla/5.0 (iPad; CPU OS 15_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Mobile/15E148 Safari/604.1
            Internet Explorer 11                      | false | INTERNET_EXPLORER | 11 | Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko
            Internet Explorer 8                       | false | INTERNET_EXPLORER | 8  | Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)
            """)
    void tableDesNavigateurs(String cas, boolean accepte, FamilleNavigateur famille, String version, String userAgent) {
        PolitiqueNavigateurs.DecisionNavigateur decision = DEFAUT.juger(userAgent, null);
        assertEquals(famille, decision.navigateur().famille(), cas);
        assertEquals(VersionNavigateur.lire(version), decision.navigateur().version(), cas);
        assertEquals(accepte, decision.accepte(), cas + " (minimum " + decision.minimum() + ")");
    }

    @Test
    @DisplayName("R-AUTH-4 : par défaut, les versions sorties dans les deux ans avant la référence du build (2026-12-01)")
    void minimumsParDefaut() {
        assertEquals(CalendrierNavigateurs.REFERENCE, DEFAUT.getReference());
        assertEquals(new VersionNavigateur(132, 0), DEFAUT.minimum(FamilleNavigateur.CHROME), "Chrome 132, 14 January 2025");
        assertEquals(new VersionNavigateur(132, 0), DEFAUT.minimum(FamilleNavigateur.EDGE));
        assertEquals(new VersionNavigateur(134, 0), DEFAUT.minimum(FamilleNavigateur.FIREFOX), "Firefox 134, 7 January 2025");
        assertEquals(new VersionNavigateur(18, 2), DEFAUT.minimum(FamilleNavigateur.SAFARI), "Safari 18.2, 11 December 2024");
        assertEquals(java.util.List.of(128, 140, 153), DEFAUT.getEsr(), "the ESR in force when the window opened, and its successors");
    }

    @Test
    @DisplayName("R-AUTH-4 : les minimums sont de la configuration ; une autre date de référence déplace la fenêtre ; le contrôle se coupe")
    void configuration() {
        PolitiqueNavigateurs fixee = PolitiqueNavigateurs.depuis(Map.of(PolitiqueNavigateurs.MINIMUM + "chrome", "157",
                PolitiqueNavigateurs.MINIMUM + "safari", "26.1")::get);
        assertFalse(fixee.juger("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36", null).accepte());
        assertEquals(new VersionNavigateur(134, 0), fixee.minimum(FamilleNavigateur.FIREFOX), "the others keep their default");

        PolitiqueNavigateurs plusTard = PolitiqueNavigateurs.depuis(Map.of(PolitiqueNavigateurs.REFERENCE, "2027-12-01")::get);
        assertEquals(new VersionNavigateur(143, 0), plusTard.minimum(FamilleNavigateur.CHROME), "Chrome 143, 2 December 2025");
        PolitiqueNavigateurs auDela = PolitiqueNavigateurs.depuis(Map.of(PolitiqueNavigateurs.REFERENCE, "2030-01-01")::get);
        assertTrue(auDela.minimum(FamilleNavigateur.CHROME).majeure() > 143, "projected past the known calendar");

        PolitiqueNavigateurs coupee = PolitiqueNavigateurs.depuis(Map.of(PolitiqueNavigateurs.CONTROLE, "false")::get);
        assertTrue(coupee.juger("Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)", null).accepte());

        assertThrows(IllegalArgumentException.class,
                () -> PolitiqueNavigateurs.depuis(Map.of(PolitiqueNavigateurs.MINIMUM + "edge", "récent")::get));
    }

    @Test
    @DisplayName("R-AUTH-4 : les indices client (Sec-CH-UA) priment sur le User-Agent figé ; un programme qui ne se dit pas navigateur n'est pas jugé")
    void indicesClientEtProgrammes() {
        PolitiqueNavigateurs.DecisionNavigateur edge = DEFAUT.juger("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "\"Microsoft Edge\";v=\"138\", \"Chromium\";v=\"138\", \"Not)A;Brand\";v=\"24\"");
        assertEquals(FamilleNavigateur.EDGE, edge.navigateur().famille());
        assertTrue(edge.accepte());
        assertEquals(FamilleNavigateur.CHROME, NavigateurDetecte.lire(null, "\"Chromium\";v=\"156\", \"Not_A Brand\";v=\"24\"").famille());

        for (String programme : new String[]{"curl/8.5.0", "Java-http-client/17.0.12", "Apache-HttpClient/5.3 (Java/17)", "", null}) {
            PolitiqueNavigateurs.DecisionNavigateur d = DEFAUT.juger(programme, null);
            assertTrue(d.accepte(), programme);
            assertNull(d.navigateur(), programme);
        }
    }
}

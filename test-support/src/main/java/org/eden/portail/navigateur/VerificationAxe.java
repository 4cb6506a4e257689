package org.eden.portail.navigateur;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core (Deque's accessibility engine, its script taken from the {@code com.deque.html.axe-core:selenium}
 * jar) on the page a browser shows, with the WCAG 2.1 A and AA rules, and fails on any violation
 * of impact "serious" or "critical" (RGAA 4.1 asks WCAG 2.1 AA of a public service).
 *
 * <p>The page is checked once its animations are over, jQuery's and CSS's (a growl fading in, a
 * button enabled again after its AJAX call: both have a transient contrast)
 * and only when it is an HTML document of the portal: a PDF or a JSON answer is not a screen.
 */
final class VerificationAxe {

    /** The WCAG 2.1 A/AA rules of axe-core (the 2.0 ones included, as WCAG 2.1 includes them). */
    static final List<String> REGLES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Rules run besides the tags: {@code label-content-name-mismatch} (WCAG 2.5.3, RGAA 6.1 and
     * 11.2: a control's accessible name contains its visible text, for voice control) is tagged
     * "experimental" by axe-core, so the tags alone leave it out.
     */
    static final List<String> REGLES_EN_PLUS = List.of("label-content-name-mismatch");

    /** Impacts that fail a test; "minor" and "moderate" ones are kept in the report only. */
    static final List<String> IMPACTS_BLOQUANTS = List.of("serious", "critical");

    private static final String SCRIPT = lireScript();

    /**
     * True when no finite CSS transition or animation is running: a button PrimeFaces enables
     * again at the end of its AJAX call goes from the disabled look (opacity .6) back to full
     * opacity in .2 s, and axe measuring it then finds white on a pale grey. Endless animations
     * (a spinner) never end and are not waited for.
     */
    private static final String CSS_AU_REPOS = "document.getAnimations().every(a => a.playState !== 'running'"
            + " || a.effect === null || a.effect.getComputedTiming().endTime === Infinity);";

    private VerificationAxe() {
    }

    private static String lireScript() {
        try (InputStream in = VerificationAxe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js absent du class path (dépendance com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the page; returns null when nothing blocks, otherwise the report (JSON: the address
     * and axe's violations, the blocking ones first) after which the caller fails.
     */
    @SuppressWarnings("unchecked")
    static Constat verifier(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!"text/html".equals(js.executeScript("return document.contentType;"))) {
            return null;
        }
        new WebDriverWait(driver, Navigateur.DELAI)
                .withMessage("the page's animations did not end")
                .until((ExpectedCondition<Boolean>) d -> Boolean.TRUE.equals(js.executeScript(
                        "return (!window.jQuery || jQuery(':animated').length === 0) && " + CSS_AU_REPOS)));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SCRIPT);
        }
        Map<String, Object> resultat = (Map<String, Object>) js.executeAsyncScript(
                "const fini = arguments[arguments.length - 1];"
                        + "const enPlus = {}; arguments[2].forEach(r => enPlus[r] = {enabled: true});"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, rules: enPlus, resultTypes: ['violations'],"
                        + " iframes: false})"
                        + ".then(r => fini({bloquantes: r.violations.filter(v => arguments[1].includes(v.impact))"
                        + "   .map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + ' élément(s)) : ' + v.help + ' — '"
                        + "     + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' ; ')),"
                        + "  rapport: JSON.stringify({url: r.url, moteur: r.testEngine, violations: r.violations.sort("
                        + "   (a, b) => (arguments[1].includes(b.impact) ? 1 : 0) - (arguments[1].includes(a.impact) ? 1 : 0))}, null, 2)}),"
                        + "  e => fini({erreur: String(e)}));",
                REGLES, IMPACTS_BLOQUANTS, REGLES_EN_PLUS);
        if (resultat.containsKey("erreur")) {
            throw new IllegalStateException("axe-core n'a pas pu examiner " + driver.getCurrentUrl() + " : " + resultat.get("erreur"));
        }
        List<String> bloquantes = (List<String>) resultat.get("bloquantes");
        return bloquantes.isEmpty() ? null : new Constat(driver.getCurrentUrl(), bloquantes, (String) resultat.get("rapport"));
    }

    /** What axe found on one page: the blocking violations, one line each, and the whole report. */
    record Constat(String url, List<String> bloquantes, String rapport) {

        String message() {
            return "axe-core (WCAG 2.1 A/AA) : " + bloquantes.size() + " violation(s) grave(s) ou critique(s) sur " + url
                    + "\n  " + String.join("\n  ", bloquantes)
                    + "\n(rapport complet : target/captures/echecs/*-axe.json)";
        }
    }
}

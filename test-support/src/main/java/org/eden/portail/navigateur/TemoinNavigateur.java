package org.eden.portail.navigateur;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a failure's witness: when a test fails, a screenshot and the page source of every browser
 * still open, or closed during the test, land in target/captures/echecs/CLASS.METHOD-N.png and
 * .html, with axe-core's report of each page that failed the accessibility check beside them
 * (CLASS.METHOD-N-axe-K.json). Registered for every test through JUnit's extension auto-detection (the build switches it
 * on for the test modules), so no browser test can forget it.
 *
 * <p>A test closes its browsers with try-with-resources, before JUnit learns that it failed: while
 * a test runs, {@link Navigateur#close()} therefore leaves the browser to this extension, which
 * quits it after the test.
 */
public final class TemoinNavigateur implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private static volatile boolean enCours;

    static boolean enCours() {
        return enCours;
    }

    @Override
    public void beforeTestExecution(ExtensionContext contexte) {
        enCours = true;
    }

    @Override
    public void afterTestExecution(ExtensionContext contexte) {
        enCours = false;
        List<Navigateur> navigateurs = new ArrayList<>(Navigateur.OUVERTS);
        if (contexte.getExecutionException().isPresent()) {
            String nom = contexte.getRequiredTestClass().getSimpleName() + "." + contexte.getRequiredTestMethod().getName();
            int rang = 1;
            for (Navigateur navigateur : navigateurs) {
                try {
                    navigateur.temoigner(nom + "-" + rang++);
                } catch (RuntimeException perdu) {
                    // A browser that died cannot testify; the test's own failure says why.
                    contexte.publishReportEntry("temoin", "no capture: " + perdu);
                }
            }
        }
        for (Navigateur navigateur : navigateurs) {
            if (navigateur.fermetureDemandee()) {
                navigateur.quitter();
            }
        }
    }
}

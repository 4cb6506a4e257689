package org.eden.portail.afas;

import org.eden.portail.navigateur.Navigateur;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import java.util.List;

/**
 * The browser steps of {@link AfasEcransIT}: kept out of the test class, which is also loaded in
 * the server, where Selenium is not.
 */
final class PilotageAfas {

    private PilotageAfas() {
    }

    /** Replaces a p:inputNumber's figure as a person does: select all, type (AutoNumeric formats it). */
    static void taper(Navigateur navigateur, String partie, int ligne, String chiffre) {
        WebElement champ = navigateur.attendre(By.id(champ(partie, ligne)));
        champ.click();
        champ.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        champ.sendKeys(chiffre);
    }

    /** Waits, within the browser's deadline, for something the page caused on the server (read by the API). */
    static void attendre(Navigateur navigateur, BooleanSupplier condition, String quoi) {
        new WebDriverWait(navigateur.pilote(), Duration.ofSeconds(30)).withMessage(quoi).until(d -> condition.getAsBoolean());
    }

    /**
     * Waits until the element shows a figure matching this pattern: French formats group thousands
     * with a narrow no-break space, so "22 000" is matched as {@code 22\D000}.
     */
    static void attendreChiffre(Navigateur navigateur, String id, String motif) {
        new WebDriverWait(navigateur.pilote(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textMatches(By.id(id), Pattern.compile("(?s).*" + motif + ".*")));
    }

    static String champ(String partie, int ligne) {
        return "parties:" + partie + ":lignes:" + ligne + ":valeur_input";
    }

    static boolean lectureSeule(Navigateur navigateur, String partie, int ligne) {
        return "true".equals(navigateur.pilote().findElement(By.id(champ(partie, ligne))).getAttribute("readonly"));
    }

    static void ongletFinances(Navigateur navigateur) {
        navigateur.cliquer(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='Données financières']"));
        navigateur.attendre(By.id(champ("finances", 0)));
    }

    /** Writes the justification of a warning in its own field and sends it, then waits for the growl. */
    static void justifier(Navigateur navigateur, String controle, String texte) {
        // As a person waits for the figures to be saved: every pending autosave re-renders the controls
        // (a save that saved must show the controls of the new figures), which would wipe a text typed meanwhile.
        navigateur.attendreFinAjax();
        navigateur.saisir(By.cssSelector("#controle-" + controle + " textarea"), texte);
        navigateur.cliquer(By.cssSelector("#controle-" + controle + " button"));
        navigateur.attendreTexte(By.cssSelector(".ui-growl"), "Justification enregistrée");
    }

    static void transmettre(Navigateur navigateur) {
        navigateur.cliquer("approbation:transmettre");
        navigateur.cliquer(By.cssSelector(".ui-confirmdialog-yes"));
        navigateur.attendreTexte("statut", "Transmise");
    }

    /** The ids of the page's buttons that would change the declaration, if any is shown. */
    static List<String> actionsPresentes(Navigateur navigateur) {
        return List.of("parties:activite:enregistrer", "parties:finances:enregistrer", "controles:soumettre",
                "approbation:transmettre", "approbation:renvoyer").stream()
                .filter(id -> !navigateur.elements(By.id(id)).isEmpty()).toList();
    }

    static int boutonsJustifier(Navigateur navigateur) {
        return navigateur.elements(By.cssSelector(".eden-controle button")).size();
    }

    /** Waits for a growl message holding this text (read inside the wait: AJAX replaces it). */
    static void attendreGrowl(Navigateur navigateur, String morceau) {
        navigateur.attendreTexte(By.cssSelector(".ui-growl"), morceau);
    }

    /** R-AFAS-6: « Reprendre sa version » (a full postback) and waits for the new document. */
    static void reprendreSaVersion(Navigateur navigateur) {
        navigateur.cliquerEtAttendrePage("rechargement:recharger");
        navigateur.verifierAccessibilite();
    }

    /** Whether the portal's menu links to this page. */
    static boolean dansLeMenu(Navigateur navigateur, String page) {
        return !navigateur.elements(By.cssSelector("#menu a[href$='" + page + "']")).isEmpty();
    }

    /** R-AFAS-4: opens the dialog of the control on that line of the table, types the threshold and saves. */
    static void reglerSeuil(Navigateur navigateur, int ligne, String seuil) {
        navigateur.cliquer("controles:liste:" + ligne + ":regler");
        // The dialog's form is replaced by the AJAX answer, then shown: an element found before would be stale.
        navigateur.attendreFinAjax();
        new WebDriverWait(navigateur.pilote(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("reglage:seuil")));
        navigateur.verifierAccessibilite();
        WebElement champ = navigateur.pilote().findElement(By.id("reglage:seuil"));
        champ.click();
        champ.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        champ.sendKeys(Keys.DELETE);
        champ.sendKeys(seuil);
        navigateur.cliquer("reglage:enregistrer");
    }

    /** A field's value read inside a wait: an AJAX update may replace the field between finding and reading it. */
    static String valeur(Navigateur navigateur, String id) {
        return new WebDriverWait(navigateur.pilote(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getAttribute("value"));
    }
}

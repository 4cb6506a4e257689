package org.eden.portail.identite;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real browser for the screen tests: Debian's headless Chromium driven by its chromedriver,
 * with a profile of its own and no background traffic (this machine has no outside network).
 */
public final class Navigateur implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    public Navigateur(String base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("eden.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=fr-FR", "--window-size=1280,900",
                "--user-data-dir=" + profilTemporaire());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("eden.it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    private static String profilTemporaire() {
        try {
            return Files.createTempDirectory("eden-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void ouvrir(String chemin) {
        driver.get(base + chemin);
    }

    public void saisir(String id, String texte) {
        WebElement champ = driver.findElement(By.id(id));
        champ.clear();
        champ.sendKeys(texte);
    }

    public void cliquer(String id) {
        driver.findElement(By.id(id)).click();
    }

    /** Follows the link whose text starts with the given words, inside the element of that id. */
    public void cliquerLien(String idConteneur, String texteDuLien) {
        attendre(By.id(idConteneur)).findElement(By.partialLinkText(texteDuLien)).click();
    }

    public void saisir(By selecteur, String texte) {
        WebElement champ = attendre(selecteur);
        champ.clear();
        champ.sendKeys(texte);
    }

    public void cliquer(By selecteur) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(selecteur)).click();
    }

    /** Picks the option of a PrimeFaces p:selectOneMenu whose label starts with these words. */
    public void choisir(String idMenu, String debutDuLibelle) {
        cliquer(By.id(idMenu));
        cliquer(By.xpath("//div[@id='" + idMenu + "_panel']//li[starts-with(@data-label, \"" + debutDuLibelle + "\")]"));
    }

    /**
     * Sets the date of a PrimeFaces p:datePicker through its widget, as a click on the calendar
     * would (typing into its input races with the calendar's own formatting).
     */
    public void choisirDate(String widgetVar, int annee, int mois, int jour) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PF(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));", widgetVar, annee, mois, jour);
    }

    /**
     * Whether the element shows these words within 30 s (false rather than an exception: the
     * caller can keep a screenshot of what came instead).
     */
    public boolean affiche(By selecteur, String morceau) {
        try {
            attendreTexte(selecteur, morceau);
            return true;
        } catch (org.openqa.selenium.TimeoutException absent) {
            return false;
        }
    }

    /** Waits until the element's text contains these words (an AJAX update, a growl), and returns it. */
    public String attendreTexte(By selecteur, String morceau) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(selecteur, morceau));
        return driver.findElement(selecteur).getText();
    }

    /**
     * Submits the form as this (non-AJAX) button would, from inside the page and its session, and
     * returns the answer without saving it: status, Content-Type, size in bytes, and its text.
     * For downloads such as exports, which a headless browser would otherwise store out of sight.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<Object> telecharger(String idFormulaire, String idBouton) {
        Object reponse = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const fini = arguments[arguments.length - 1];"
                        + "const formulaire = document.getElementById(arguments[0]);"
                        + "const donnees = new URLSearchParams(new FormData(formulaire));"
                        + "donnees.append(arguments[1], arguments[1]);"
                        + "fetch(formulaire.action, {method: 'POST', body: donnees, credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer().then(b => fini([r.status, r.headers.get('Content-Type'), b.byteLength,"
                        + " new TextDecoder('utf-8').decode(b)])))"
                        + ".catch(e => fini([0, String(e), 0, '']));", idFormulaire, idBouton);
        return (java.util.List<Object>) reponse;
    }

    public java.util.List<WebElement> elements(By selecteur) {
        return driver.findElements(selecteur);
    }

    public String texte(String id) {
        return attendre(By.id(id)).getText();
    }

    public WebElement attendre(By selecteur) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(selecteur));
    }

    /**
     * Saves what the person sees as it/target/captures/NAME.png: the screens of a run can be looked
     * at after it (and are kept by CI with the reports).
     */
    public void capturer(String nom) {
        try {
            Path dossier = Path.of(System.getProperty("eden.it.captures", "target/captures"));
            Files.createDirectories(dossier);
            Files.write(dossier.resolve(nom + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the pages download files, which land in {@code dossier} (headless Chromium refuses them otherwise). */
    public void autoriserTelechargements(Path dossier) {
        try {
            Files.createDirectories(dossier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", dossier.toAbsolutePath().toString()));
    }

    public WebDriver pilote() {
        return driver;
    }

    public String titre() {
        return driver.getTitle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String source() {
        return driver.getPageSource();
    }

    /** Logs in through the real login page. */
    public void seConnecter(String identifiant, String motDePasse) {
        ouvrir("/login.xhtml");
        saisir("connexion:identifiant", identifiant);
        saisir("connexion:motDePasse", motDePasse);
        cliquer("connexion:seConnecter");
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package org.eden.portail.identite;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Headless Debian Chromium for the cluster test (the same settings as the "it" module's browser),
 * plus a same-origin fetch run inside the page, with the page's session cookie.
 */
final class Navigateur implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    Navigateur(String base) {
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

    void ouvrir(String chemin) {
        driver.get(base + chemin);
    }

    void saisir(String id, String texte) {
        WebElement champ = attendre(By.id(id));
        champ.clear();
        champ.sendKeys(texte);
    }

    void cliquer(String id) {
        driver.findElement(By.id(id)).click();
    }

    String texte(String id) {
        return attendre(By.id(id)).getText();
    }

    String valeur(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    WebElement attendre(By selecteur) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(selecteur));
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String source() {
        return driver.getPageSource();
    }

    /** GET of a path of the portal from inside the page (same origin, same cookie); the body. */
    String recuperer(String chemin) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const fini = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(fini, e => fini('erreur ' + e));",
                chemin);
    }

    void seConnecter(String identifiant, String motDePasse) {
        ouvrir("/login.xhtml");
        saisir("connexion:identifiant", identifiant);
        saisir("connexion:motDePasse", motDePasse);
        cliquer("connexion:seConnecter");
    }

    /** Saves the screen as target/captures/NAME.png. */
    void capturer(String nom) {
        try {
            Path dossier = Path.of(System.getProperty("eden.it.captures", "target/captures"));
            Files.createDirectories(dossier);
            Files.write(dossier.resolve(nom + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package org.eden.portail.navigateur;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real browser for the screen tests: Debian's headless Chromium driven by its chromedriver, with
 * a profile of its own and no background traffic (these machines have no outside network).
 *
 * <p>Every step waits for a condition with a deadline, never for a fixed time: an element to be
 * visible before typing, clickable before a click, a new document after a click that navigates
 * ({@link #cliquerEtAttendrePage}), an address ({@link #attendreUrl}). A busy machine only makes
 * a test slower, never red. When a test fails, {@link TemoinNavigateur} keeps a screenshot and the
 * page source of every browser the test opened, so {@link #close()} only hands the browser back to
 * it while a test runs.
 *
 * <p>Every page reached by a navigation ({@link #ouvrir}, {@link #cliquerEtAttendrePage},
 * {@link #cliquerLien}, {@link #seConnecter}) is checked by axe-core with the WCAG 2.1 A/AA rules
 * ({@link VerificationAxe}): a serious or critical violation fails the test with an
 * {@link AssertionError} naming the rules and elements, and the failure witness keeps axe's whole
 * report beside the screenshot ({@code CLASS.METHOD-N-axe-K.json}).
 */
public final class Navigateur implements AutoCloseable {

    /** How long a step may take on a loaded 2-core machine before it is a failure. */
    static final Duration DELAI = Duration.ofSeconds(30);

    /** The browsers open in this JVM, for the failure witness. */
    static final Set<Navigateur> OUVERTS = ConcurrentHashMap.newKeySet();

    private final WebDriver driver;
    private final String base;
    private final Path profil;
    private volatile boolean fermetureDemandee;
    /** The accessibility findings of this browser's pages, for the failure witness. */
    private final List<VerificationAxe.Constat> constats = new CopyOnWriteArrayList<>();

    public Navigateur(String base) {
        this.base = base;
        this.profil = profilTemporaire();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("eden.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=fr-FR", "--window-size=1280,900",
                "--user-data-dir=" + profil);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("eden.it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        OUVERTS.add(this);
    }

    private static Path profilTemporaire() {
        try {
            return Files.createTempDirectory("eden-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebDriverWait attente() {
        WebDriverWait attente = new WebDriverWait(driver, DELAI);
        // An AJAX update replaces the element read a moment ago: read it again.
        attente.ignoring(StaleElementReferenceException.class);
        return attente;
    }

    /** Opens a page of the portal and returns once it is loaded (redirects followed). */
    public void ouvrir(String chemin) {
        driver.get(base + chemin);
        attendreDocumentCharge();
        verifierAccessibilite();
    }

    /**
     * Runs axe-core on the page shown (done after every navigation; call it after an AJAX update
     * that shows something new, a dialog say) and fails on a serious or critical violation.
     */
    public void verifierAccessibilite() {
        VerificationAxe.Constat constat = VerificationAxe.verifier(driver);
        if (constat != null) {
            constats.add(constat);
            throw new AssertionError(constat.message());
        }
    }

    public void saisir(String id, String texte) {
        saisir(By.id(id), texte);
    }

    public void saisir(By selecteur, String texte) {
        WebElement champ = attendre(selecteur);
        champ.clear();
        champ.sendKeys(texte);
    }

    /** Clicks once the element is clickable: for AJAX actions, follow with a wait on what they update. */
    public void cliquer(String id) {
        cliquer(By.id(id));
    }

    /**
     * Clicks the element once it is clickable. An AJAX update may replace it between the moment it
     * is found and the click (a save's answer, an autosave): the click then fails as stale, which
     * {@link #attente()} ignores, and is tried again on the new element within the same deadline.
     */
    public void cliquer(By selecteur) {
        attente().until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(selecteur).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /**
     * Clicks a link or a non-AJAX button and returns once the browser shows the next document and
     * it is loaded. Without this, what a test reads next could still be the old page on a busy
     * machine.
     */
    public void cliquerEtAttendrePage(String id) {
        naviguerPar(() -> cliquer(id), "a click on " + id);
    }

    public void cliquerEtAttendrePage(By selecteur) {
        naviguerPar(() -> cliquer(selecteur), "a click on " + selecteur);
    }

    /** Follows the link whose text starts with the given words, inside the element of that id. */
    public void cliquerLien(String idConteneur, String texteDuLien) {
        naviguerPar(() -> attendre(By.id(idConteneur)).findElement(By.partialLinkText(texteDuLien)).click(),
                "the link " + texteDuLien);
    }

    /**
     * Runs the action and waits for the next document. The page left behind is recognised by a mark
     * set on its window (every navigation gets a new window object), not by an element going stale:
     * while the old document is torn down, Chromium may answer a question about one of its elements
     * with an inspector error instead of "stale element". Errors of the driver during the navigation
     * are ignored until the deadline.
     */
    private void naviguerPar(Runnable action, String quoi) {
        String marque = "eden-" + System.nanoTime();
        ((JavascriptExecutor) driver).executeScript("window.edenPageQuittee = arguments[0];", marque);
        action.run();
        new WebDriverWait(driver, DELAI).ignoring(WebDriverException.class)
                .withMessage(() -> "no new page after " + quoi + ", still on " + driver.getCurrentUrl())
                .until((ExpectedCondition<Boolean>) d -> {
                    JavascriptExecutor js = (JavascriptExecutor) d;
                    return !marque.equals(js.executeScript("return window.edenPageQuittee || null;"))
                            && "complete".equals(js.executeScript("return document.readyState"));
                });
        verifierAccessibilite();
    }

    private void attendreDocumentCharge() {
        attente().until((ExpectedCondition<Boolean>) d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Waits until the browser's address contains this part (a path such as
     * {@code /compte/regles-usage.xhtml}) and returns the address; fails naming the address it
     * shows instead.
     */
    public String attendreUrl(String morceau) {
        try {
            attente().until(ExpectedConditions.urlContains(morceau));
        } catch (TimeoutException ailleurs) {
            throw new AssertionError("expected an address with " + morceau + ", the browser shows " + driver.getCurrentUrl(), ailleurs);
        }
        return driver.getCurrentUrl();
    }

    /**
     * Picks the option of a PrimeFaces p:selectOneMenu whose label starts with these words, once
     * its panel has finished opening: a click during the opening transition lands its mousedown
     * and its mouseup on different elements (the panel grows under the pointer), so the browser
     * clicks the list, not the option, and nothing is chosen.
     */
    public void choisir(String idMenu, String debutDuLibelle) {
        cliquer(By.id(idMenu));
        attendreOuverture(By.id(idMenu + "_panel"));
        cliquer(By.xpath("//div[@id='" + idMenu + "_panel']//li[starts-with(@data-label, \"" + debutDuLibelle + "\")]"));
        // The widget copies the choice into its hidden <select>, which is what the form submits.
        attente().withMessage(() -> "the menu " + idMenu + " did not take " + debutDuLibelle)
                .until((ExpectedCondition<Boolean>) d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "const s = document.getElementById(arguments[0]);"
                                + "return !!s && s.selectedIndex >= 0 && s.options[s.selectedIndex].text.startsWith(arguments[1]);",
                        idMenu + "_input", debutDuLibelle)));
        // The panel closes with a CSS transition: until it is gone, it is still on the page (axe
        // examines its list, a click may land on it).
        attente().withMessage(() -> "the menu " + idMenu + " did not close")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(idMenu + "_panel")));
    }

    /**
     * Waits until the p:selectOneMenu of that id holds a chosen option (not its empty "Choisissez…"
     * one) in the hidden select the form submits, and returns that option's label.
     */
    public String attendreChoix(String idMenu) {
        return attente().withMessage(() -> "nothing chosen in " + idMenu)
                .until(d -> (String) ((JavascriptExecutor) d).executeScript(
                        "const s = document.getElementById(arguments[0]);"
                                + "return s && s.selectedIndex >= 0 && s.value ? s.options[s.selectedIndex].text : null;",
                        idMenu + "_input"));
    }

    /** Sets the page's width in CSS pixels (the window's, less what the browser keeps for itself). */
    public void largeur(int pixels) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(pixels, 900));
        long interieur = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
        if (interieur != pixels) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension((int) (2L * pixels - interieur), 900));
        }
    }

    /** Waits until the element has this attribute, not blank, and returns its value. */
    public String attendreAttribut(By selecteur, String attribut) {
        return attente().withMessage(() -> selecteur + " has no " + attribut)
                .until(d -> {
                    String valeur = d.findElement(selecteur).getDomAttribute(attribut);
                    return valeur == null || valeur.isBlank() ? null : valeur;
                });
    }

    // --- The keyboard alone: what a person without a mouse does (Tab, Shift+Tab, Enter, Space, Escape). ----

    /**
     * The keys a keyboard-only test may press (plus the text it types into a field): the arrows
     * move within one widget (a list's options, a menu), as WAI-ARIA's authoring practices ask.
     */
    private static final Set<CharSequence> TOUCHES = Set.of(Keys.TAB, Keys.ENTER, Keys.SPACE, Keys.ESCAPE,
            Keys.ARROW_DOWN, Keys.ARROW_UP);

    /** How many presses of Tab may separate two controls before the page is judged unreachable. */
    static final int TABULATIONS_MAX = 80;

    /**
     * Presses Tab (or Shift+Tab backwards) until the focus is on the element, and fails, naming
     * where the focus went, if it never gets there: the element must be reachable by the keyboard.
     */
    public void tabulerJusqua(By cible, boolean enArriere) {
        WebElement element = attendre(cible);
        StringBuilder parcours = new StringBuilder();
        for (int i = 0; i < TABULATIONS_MAX; i++) {
            if (element.equals(driver.switchTo().activeElement())) {
                return;
            }
            Actions actions = new Actions(driver);
            if (enArriere) {
                actions.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                actions.sendKeys(Keys.TAB).perform();
            }
            parcours.append(' ').append(focus());
        }
        if (!element.equals(driver.switchTo().activeElement())) {
            throw new AssertionError(cible + " not reached by " + (enArriere ? "Shift+Tab" : "Tab") + "; the focus went through:" + parcours);
        }
    }

    public void tabulerJusqua(By cible) {
        tabulerJusqua(cible, false);
    }

    /** Presses one of Tab, Enter, Space, Escape or the up and down arrows on whatever has the focus. */
    public void appuyer(Keys touche) {
        if (!TOUCHES.contains(touche)) {
            throw new IllegalArgumentException("keyboard tests use Tab, Shift+Tab, Enter, Space, Escape and the arrows only");
        }
        new Actions(driver).sendKeys(touche).perform();
    }

    /** Presses the key and waits for the next page (a link followed, a form submitted), checked by axe-core. */
    public void appuyerEtAttendrePage(Keys touche) {
        naviguerPar(() -> appuyer(touche), "the key " + touche.name());
    }

    /**
     * Presses the key on the focused control (a button sending an AJAX request that re-renders it)
     * and waits until the answer has replaced the element: the request was answered, not only sent.
     */
    public void appuyerEtAttendreRemplacement(Keys touche, By remplace) {
        WebElement avant = attendre(remplace);
        appuyer(touche);
        attente().withMessage(() -> remplace + " was not re-rendered after the key " + touche.name())
                .until(ExpectedConditions.stalenessOf(avant));
    }

    /** Types text into the field that has the focus. */
    public void taper(String texte) {
        new Actions(driver).sendKeys(texte).perform();
    }

    /** The element that has the focus, as "tag#id" (or its text), for messages. */
    public String focus() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const e = document.activeElement; if (!e) return 'nothing';"
                        + "return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.id ? '' : '[' + (e.textContent || '').trim().slice(0, 30) + ']');"));
    }

    /** Whether the element has the focus, once the focus has settled (a dialog gives it back after a short delay). */
    public void attendreFocus(By cible) {
        attente().withMessage(() -> "the focus is not on " + cible + " but on " + focus())
                .until((ExpectedCondition<Boolean>) d -> d.findElement(cible).equals(d.switchTo().activeElement()));
    }

    /** Waits until a PrimeFaces overlay is shown and its CSS opening transition is over. */
    public void attendreOuverture(By panneau) {
        attente().withMessage(() -> "the overlay " + panneau + " did not finish opening")
                .until((ExpectedCondition<Boolean>) d -> {
                    WebElement element = d.findElement(panneau);
                    String classes = String.valueOf(element.getDomAttribute("class"));
                    return element.isDisplayed() && (classes.contains("ui-connected-overlay-enter-done")
                            || !classes.contains("ui-connected-overlay-enter"));
                });
    }

    /**
     * Sets the date of a PrimeFaces p:datePicker through its widget, as a click on the calendar
     * would (typing into its input races with the calendar's own formatting), and waits until its
     * input shows it.
     */
    public void choisirDate(String widgetVar, String idChamp, int annee, int mois, int jour) {
        ((JavascriptExecutor) driver).executeScript(
                "PF(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));", widgetVar, annee, mois, jour);
        String attendu = String.format("%02d/%02d/%04d", jour, mois, annee);
        attente().withMessage(() -> "the date picker " + idChamp + " does not show " + attendu)
                .until(ExpectedConditions.attributeToBe(By.id(idChamp + "_input"), "value", attendu));
    }

    /** How long a queue of AJAX requests (several autosaves, then a save) may take on a loaded machine. */
    static final Duration DELAI_FILE_AJAX = DELAI.multipliedBy(2);

    /**
     * Waits until PrimeFaces' AJAX queue is empty: every request sent so far (an autosave, a save)
     * has had its answer. Needed before leaving a page whose saves are queued one after another: the
     * text a save shows can already be there from an earlier one while the last is still running.
     */
    public void attendreFinAjax() {
        new WebDriverWait(driver, DELAI_FILE_AJAX).withMessage("AJAX requests still pending in PrimeFaces' queue")
                .until((ExpectedCondition<Boolean>) d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Whether the element shows these words within the deadline (false rather than an exception:
     * the caller can keep a screenshot of what came instead).
     */
    public boolean affiche(By selecteur, String morceau) {
        try {
            attendreTexte(selecteur, morceau);
            return true;
        } catch (TimeoutException absent) {
            return false;
        }
    }

    /** Waits until the element's text contains these words (an AJAX update, a growl), and returns it. */
    public String attendreTexte(By selecteur, String morceau) {
        // The text is returned as read by the wait: read again afterwards, the element may already
        // have been replaced by the next AJAX update (a stale element, not a failure of the page).
        return attente().until(d -> {
            String texte = d.findElement(selecteur).getText();
            return texte.contains(morceau) ? texte : null;
        });
    }

    public String attendreTexte(String id, String morceau) {
        return attendreTexte(By.id(id), morceau);
    }

    /**
     * Submits the form as this (non-AJAX) button would, from inside the page and its session, and
     * returns the answer without saving it: status, Content-Type, size in bytes, and its text.
     * For downloads such as exports, which a headless browser would otherwise store out of sight.
     */
    @SuppressWarnings("unchecked")
    public List<Object> telecharger(String idFormulaire, String idBouton) {
        Object reponse = ((JavascriptExecutor) driver).executeAsyncScript(
                "const fini = arguments[arguments.length - 1];"
                        + "const formulaire = document.getElementById(arguments[0]);"
                        + "const donnees = new URLSearchParams(new FormData(formulaire));"
                        + "donnees.append(arguments[1], arguments[1]);"
                        + "fetch(formulaire.action, {method: 'POST', body: donnees, credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer().then(b => fini([r.status, r.headers.get('Content-Type'), b.byteLength,"
                        + " new TextDecoder('utf-8').decode(b)])))"
                        + ".catch(e => fini([0, String(e), 0, '']));", idFormulaire, idBouton);
        return (List<Object>) reponse;
    }

    /** GET of a path of the portal from inside the page (same origin, same cookie); the body. */
    public String recuperer(String chemin) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const fini = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(fini, e => fini('erreur ' + e));",
                chemin);
    }

    public List<WebElement> elements(By selecteur) {
        return driver.findElements(selecteur);
    }

    /** The visible text of the element of that id, once it is visible. */
    public String texte(String id) {
        return lireVisible(By.id(id), WebElement::getText);
    }

    /**
     * Reads an element once it is visible, inside the wait: an Ajax update may replace the element
     * between the moment it is found and the moment it is read, which makes the reference stale;
     * the wait ignores that and reads the new element.
     */
    private String lireVisible(By selecteur, java.util.function.Function<WebElement, String> lecture) {
        return attente().until(d -> {
            WebElement element = d.findElement(selecteur);
            return element.isDisplayed() ? lecture.apply(element) : null;
        });
    }

    /** The current value of a field, once it is visible. */
    public String valeur(String id) {
        return lireVisible(By.id(id), champ -> champ.getDomProperty("value"));
    }

    public WebElement attendre(By selecteur) {
        return attente().until(ExpectedConditions.visibilityOfElementLocated(selecteur));
    }

    /**
     * Saves what the person sees as target/captures/NAME.png: the screens of a run can be looked at
     * after it (and are kept by CI with the reports).
     */
    public void capturer(String nom) {
        ecrire(dossierCaptures().resolve(nom + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The screenshot and the page source, for a failure's witness. */
    void temoigner(String nom) {
        ecrire(dossierCaptures().resolve("echecs").resolve(nom + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        String page = "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource();
        ecrire(dossierCaptures().resolve("echecs").resolve(nom + ".html"), page.getBytes(StandardCharsets.UTF_8));
        int rang = 1;
        for (VerificationAxe.Constat constat : constats) {
            ecrire(dossierCaptures().resolve("echecs").resolve(nom + "-axe-" + rang++ + ".json"),
                    constat.rapport().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Path dossierCaptures() {
        return Path.of(System.getProperty("eden.it.captures", "target/captures"));
    }

    private static void ecrire(Path fichier, byte[] contenu) {
        try {
            Files.createDirectories(fichier.getParent());
            Files.write(fichier, contenu);
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
                Map.of("behavior", "allow", "downloadPath", dossier.toAbsolutePath().toString()));
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

    /**
     * Logs in through the real login page and returns once the next page is there (the home, a
     * step of the first login, or the login page again with its message).
     */
    public void seConnecter(String identifiant, String motDePasse) {
        ouvrir("/login.xhtml");
        saisir("connexion:identifiant", identifiant);
        saisir("connexion:motDePasse", motDePasse);
        cliquerEtAttendrePage("connexion:seConnecter");
    }

    /**
     * A new browser on {@code base} where {@code identifiant} has logged in, as {@link #seConnecter}
     * leaves it; closed again if the login fails, so that a test may open it in its try-with-resources.
     */
    public static Navigateur connecte(String base, String identifiant, String motDePasse) {
        Navigateur navigateur = new Navigateur(base);
        try {
            navigateur.seConnecter(identifiant, motDePasse);
            return navigateur;
        } catch (RuntimeException | Error e) {
            navigateur.close();
            throw e;
        }
    }

    /**
     * Closes the browser; while a test runs, the failure witness closes it after the test, once it
     * has kept what the browser showed if the test failed.
     */
    @Override
    public void close() {
        fermetureDemandee = true;
        if (!TemoinNavigateur.enCours()) {
            quitter();
        }
    }

    boolean fermetureDemandee() {
        return fermetureDemandee;
    }

    void quitter() {
        OUVERTS.remove(this);
        try {
            driver.quit();
        } finally {
            supprimer(profil);
        }
    }

    private static void supprimer(Path dossier) {
        try (var chemins = Files.walk(dossier)) {
            chemins.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignore) {
            // A profile left in /tmp is harmless.
        }
    }
}

package org.eden.portail.shared;

import org.eden.portail.navigateur.Navigateur;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The real EAR built by the ear module, with the test classes added as a library: deployed once
 * for the whole run ({@link DeploiementUnique}), so every test class and helper of this module is
 * in it, and the browser helper of the test-support module.
 * <p>
 * In-container tests are invoked through Arquillian's servlet, which Arquillian adds to the web
 * module; the portal's Shiro filter would send that servlet to the login page like any other
 * unknown URL. The only change made to the EAR under test is one line in the web module's
 * shiro.ini that lets the Arquillian runner through.
 */
public final class Deploiement {

    private static final String SHIRO_INI = "WEB-INF/shiro.ini";
    /** The default rule, the line that starts with it (not "/convention/** = authc…", which ends the same way). */
    private static final java.util.regex.Pattern REGLE_PAR_DEFAUT = java.util.regex.Pattern.compile("(?m)^/\\*\\* = authc");

    private Deploiement() {
    }

    @Deployment
    public static EnterpriseArchive suite() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("eden.ear")));
        WebArchive web = ear.getAsType(WebArchive.class, "eden-web.war");
        String shiro = lire(web.get(SHIRO_INI).getAsset().openStream());
        java.util.regex.Matcher defaut = REGLE_PAR_DEFAUT.matcher(shiro);
        if (!defaut.find()) {
            throw new IllegalStateException("shiro.ini a changé : la règle « /** = authc » est introuvable");
        }
        web.delete(SHIRO_INI);
        web.addAsWebInfResource(new StringAsset(shiro.substring(0, defaut.start()) + "/ArquillianServletRunner* = anon\n"
                + shiro.substring(defaut.start())), "shiro.ini");
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "eden-tests.jar")
                .addPackage(Navigateur.class.getPackage())
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        ajouterLesClassesDeTest(tests);
        // In-container tests wait for a condition with Awaitility too (it needs Hamcrest).
        return ear.addAsLibrary(tests)
                .addAsLibraries(jarDe(org.awaitility.Awaitility.class), jarDe(org.hamcrest.Matcher.class));
    }

    /**
     * Every class and resource of this module's test output, as files (nothing is loaded here);
     * not the Arquillian client's configuration and extension, which belong to the test JVM.
     * Classes that need what the server lacks (Selenium, GreenMail) are never loaded there: they
     * run on the client side.
     */
    private static void ajouterLesClassesDeTest(JavaArchive tests) {
        Path racine = jarDe(Deploiement.class).toPath();
        try (Stream<Path> fichiers = Files.walk(racine)) {
            fichiers.filter(Files::isRegularFile).forEach(fichier -> {
                String chemin = racine.relativize(fichier).toString().replace(File.separatorChar, '/');
                if (!chemin.equals("arquillian.xml") && !chemin.startsWith("META-INF/")) {
                    tests.add(new FileAsset(fichier.toFile()), chemin);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar of the test class path that holds this class. */
    private static File jarDe(Class<?> classe) {
        try {
            return new File(classe.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lire(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

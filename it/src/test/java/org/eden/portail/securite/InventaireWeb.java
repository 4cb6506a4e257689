package org.eden.portail.securite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the web module offers, found by reading its sources (so a page or a resource added by anyone
 * is tested without a line written for it): every page of {@code web/src/main/webapp} (WEB-INF and
 * the static resources aside) with its view parameters ({@code f:viewParam}), and every JAX-RS
 * operation (a class's {@code @Path}, a method's {@code @Path} and HTTP verb, its query parameters).
 */
final class InventaireWeb {

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+[^>]*name=\"([^\"]+)\"");
    private static final Pattern CHEMIN = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    private static final Pattern VERBE = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH)\\b");
    private static final Pattern QUERY = Pattern.compile("@QueryParam\\(\"([^\"]+)\"\\)");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");

    /** One JAX-RS operation: its verb, its path under /api (with {parameters}), its query parameters. */
    record Operation(String verbe, String chemin, List<String> parametres) {
        String cle() {
            return verbe + " " + chemin;
        }

        List<String> parametresDeChemin() {
            List<String> noms = new ArrayList<>();
            Matcher m = PATH_PARAM.matcher(chemin);
            while (m.find()) {
                noms.add(m.group(1).replaceFirst(":.*", ""));
            }
            return noms;
        }
    }

    private InventaireWeb() {
    }

    /** The web module's directory, from the it module's (where Maven runs the tests). */
    static Path web() {
        Path ici = Path.of(System.getProperty("user.dir"));
        for (Path p : List.of(ici.resolve("../web"), ici.resolve("web"))) {
            if (Files.isDirectory(p.resolve("src/main/webapp"))) {
                return p.normalize();
            }
        }
        throw new IllegalStateException("module web introuvable depuis " + ici);
    }

    /** Every page, its path from the application's root ("/convention/partenaires.xhtml") → its view parameters. */
    static Map<String, SortedSet<String>> pages() {
        Path racine = web().resolve("src/main/webapp");
        Map<String, SortedSet<String>> pages = new TreeMap<>();
        try (Stream<Path> fichiers = Files.walk(racine)) {
            fichiers.filter(f -> f.toString().endsWith(".xhtml")).forEach(f -> {
                String chemin = "/" + racine.relativize(f).toString().replace('\\', '/');
                if (chemin.startsWith("/WEB-INF/") || chemin.startsWith("/resources/")) {
                    return;
                }
                SortedSet<String> parametres = new TreeSet<>();
                Matcher m = VIEW_PARAM.matcher(lire(f));
                while (m.find()) {
                    parametres.add(m.group(1));
                }
                pages.put(chemin, parametres);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** Every JAX-RS operation of the web module's sources. */
    static List<Operation> operations() {
        Path sources = web().resolve("src/main/java");
        List<Operation> operations = new ArrayList<>();
        try (Stream<Path> fichiers = Files.walk(sources)) {
            fichiers.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> operations.addAll(operationsDe(lire(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return operations;
    }

    /**
     * The operations of one class: the class's @Path (the first, before "class"), then each method
     * carrying an HTTP verb, with its own @Path and @QueryParam read between it and the next method.
     */
    static List<Operation> operationsDe(String source) {
        int classe = source.indexOf(" class ");
        if (classe < 0) {
            return List.of();
        }
        Matcher racine = CHEMIN.matcher(source.substring(0, classe));
        if (!racine.find()) {
            return List.of();
        }
        String base = racine.group(1);
        String corps = source.substring(classe);
        List<Operation> operations = new ArrayList<>();
        Matcher verbe = VERBE.matcher(corps);
        List<Integer> debuts = new ArrayList<>();
        List<String> verbes = new ArrayList<>();
        while (verbe.find()) {
            debuts.add(verbe.start());
            verbes.add(verbe.group(1));
        }
        for (int i = 0; i < debuts.size(); i++) {
            int debut = debuts.get(i);
            int finSignature = corps.indexOf('{', corps.indexOf(')', corps.indexOf('(', corps.indexOf(" public ", debut) + 1)));
            String bloc = corps.substring(debut, finSignature < 0 ? corps.length() : finSignature);
            // A method's @Path is among its annotations, before "public".
            String annotations = bloc.substring(0, Math.max(0, bloc.indexOf(" public ")));
            Matcher sous = CHEMIN.matcher(annotations);
            String chemin = joindre(base, sous.find() ? sous.group(1) : "");
            List<String> parametres = new ArrayList<>();
            Matcher q = QUERY.matcher(bloc);
            while (q.find()) {
                parametres.add(q.group(1));
            }
            operations.add(new Operation(verbes.get(i), chemin, parametres));
        }
        return operations;
    }

    private static String joindre(String base, String sous) {
        String chemin = ("/" + base + "/" + sous).replaceAll("/+", "/");
        return chemin.length() > 1 && chemin.endsWith("/") ? chemin.substring(0, chemin.length() - 1) : chemin;
    }

    private static String lire(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.eden.portail.banc;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks that call the portal as logged-in users share (BancCdap, BancTableauDeBord,
 * BancPortail, BancEnregistrementAfas): a user's own session opened through the login form, and the
 * throughput and latencies of many such sessions calling one kind of address at once.
 */
public final class SessionBanc {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private SessionBanc() {
    }

    /** Requests per second and latencies in milliseconds of one measure; the errors are the answers other than 200. */
    public record Mesure(String nom, long requetes, long erreurs, double parSeconde, double p50, double p95, double p99) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-28s %8d requêtes  %6d erreurs  %8.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms",
                    nom, requetes, erreurs, parSeconde, p50, p95, p99);
        }
    }

    /** A user's own session: the login form, as a browser posts it (its cookie kept by the client). */
    public static HttpClient connecter(String url, String identifiant, String motDePasse) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(url + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher etat = VIEW_STATE.matcher(page);
        if (!etat.find()) {
            throw new IllegalStateException("Page de connexion sans ViewState");
        }
        String formulaire = "connexion=connexion&connexion%3Aidentifiant=" + encoder(identifiant)
                + "&connexion%3AmotDePasse=" + encoder(motDePasse) + "&connexion%3AseConnecter="
                + "&jakarta.faces.ViewState=" + encoder(etat.group(1).replace("&#58;", ":"));
        HttpResponse<String> reponse = client.send(HttpRequest.newBuilder(URI.create(url + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulaire)).build(), HttpResponse.BodyHandlers.ofString());
        String destination = reponse.headers().firstValue("Location").orElse("");
        if (reponse.statusCode() != 302 || destination.contains("login")) {
            throw new IllegalStateException("Connexion refusée pour " + identifiant + " (" + reponse.statusCode() + ")");
        }
        return client;
    }

    /**
     * Every session in its own thread calls, for {@code secondes}, the addresses {@code adresse} draws
     * (JSON asked for). Session i draws with the seed {@code graine + i}: the same seed in the warm-up
     * and the measure makes the measure call what the warm-up loaded. The first error is printed.
     */
    public static Mesure mesurer(String nom, List<HttpClient> sessions, int secondes, long graine,
                                 Function<SplittableRandom, URI> adresse) throws Exception {
        long debut = System.nanoTime();
        long fin = debut + secondes * 1_000_000_000L;
        AtomicLong erreurs = new AtomicLong();
        ExecutorService fils = Executors.newFixedThreadPool(sessions.size());
        List<Future<List<Long>>> resultats = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            HttpClient client = sessions.get(i);
            SplittableRandom alea = new SplittableRandom(graine + i);
            resultats.add(fils.submit(() -> {
                List<Long> durees = new ArrayList<>();
                while (System.nanoTime() < fin) {
                    long t = System.nanoTime();
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(adresse.apply(alea)).header("Accept", "application/json").build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        durees.add(System.nanoTime() - t);
                    } else if (erreurs.incrementAndGet() == 1) {
                        System.out.println("  première erreur (" + nom + ") : " + r.statusCode() + " " + r.uri());
                    }
                }
                return durees;
            }));
        }
        List<Long> toutes = new ArrayList<>();
        for (Future<List<Long>> f : resultats) {
            toutes.addAll(f.get());
        }
        fils.shutdown();
        double ecoulees = (System.nanoTime() - debut) / 1e9;
        toutes.sort(null);
        return new Mesure(nom, toutes.size(), erreurs.get(), toutes.size() / ecoulees, centile(toutes, 50), centile(toutes, 95), centile(toutes, 99));
    }

    /** The c-th percentile of durations in nanoseconds, sorted, in milliseconds. */
    public static double centile(List<Long> triees, int c) {
        if (triees.isEmpty()) {
            return Double.NaN;
        }
        return triees.get(Math.min(triees.size() - 1, (int) Math.ceil(c / 100.0 * triees.size()) - 1)) / 1e6;
    }

    public static String encoder(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

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
        return Mesure.de(nom, toutes, erreurs.get(), ecoulees);
    }

    public static String encoder(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

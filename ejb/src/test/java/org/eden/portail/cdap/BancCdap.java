package org.eden.portail.cdap;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CDAP benchmark (README, "CDAP"): {@code banc.concurrence} users (20), each logged in with his
 * own session, run "search + fiche de synthèse" ({@code GET /api/cdap/dossiers/{caf}/{numero}/synthese})
 * on files drawn at random among the {@code banc.dossiers} files of the load command (same seed),
 * for {@code banc.duree} seconds; then the same users call the trivial {@code GET /api/version} on
 * the same server for as long. It prints, for both, requests per second, p50, p95, p99, the errors,
 * and the ratio. Not a test: a command, run by hand against a running portal.
 */
public final class BancCdap {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private BancCdap() {
    }

    record Mesure(String nom, long requetes, long erreurs, double parSeconde, double p50, double p95, double p99) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-28s %8d requêtes  %6d erreurs  %8.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms",
                    nom, requetes, erreurs, parSeconde, p50, p95, p99);
        }
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("banc.url", "http://127.0.0.1:8080");
        List<String> utilisateurs = Arrays.asList(System.getProperty("banc.utilisateurs", "").split(","));
        String motDePasse = System.getProperty("banc.motdepasse", "Eden#Demo2026");
        String caf = System.getProperty("banc.caf", "271");
        String profil = System.getProperty("banc.profil", "T1");
        String base = System.getProperty("banc.base", "");
        if (!base.isBlank()) {
            // A benchmark database: its users are written there (PreparationBanc), once.
            utilisateurs = PreparationBanc.preparer(base, System.getProperty("banc.base.utilisateur", "postgres"),
                    System.getProperty("banc.base.motdepasse", "postgres"), caf, profil,
                    Integer.getInteger("banc.concurrence", 20), motDePasse);
        }
        int dossiers = Integer.getInteger("banc.dossiers", 1_000_000);
        long graine = Long.getLong("banc.graine", 2026);
        int concurrence = Integer.getInteger("banc.concurrence", 20);
        int duree = Integer.getInteger("banc.duree", 60);
        int echauffement = Integer.getInteger("banc.echauffement", 15);
        if (utilisateurs.size() < concurrence || utilisateurs.get(0).isBlank()) {
            throw new IllegalArgumentException("banc.utilisateurs : " + concurrence
                    + " identifiants séparés par des virgules, ou banc.base : la base du banc où les créer");
        }

        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < concurrence; i++) {
            clients.add(connecter(url, utilisateurs.get(i), motDePasse));
        }
        GenerateurDossiers numeros = new GenerateurDossiers(graine, LocalDate.now());
        System.out.printf(Locale.ROOT, "Banc CDAP : %d utilisateurs (%s…), profil %s, Caf %s, %,d dossiers, %d s par mesure, %d processeurs%n",
                concurrence, utilisateurs.get(0), profil, caf, dossiers, duree, Runtime.getRuntime().availableProcessors());
        Mesure chaud = mesurer("échauffement", clients, echauffement, alea -> URI.create(url + "/api/cdap/dossiers/" + caf + "/"
                + numeros.numero(alea.nextInt(dossiers)) + "/synthese?profil=" + profil));
        System.out.println("  " + chaud);
        Mesure cdap = mesurer("recherche + synthèse", clients, duree, alea -> URI.create(url + "/api/cdap/dossiers/" + caf + "/"
                + numeros.numero(alea.nextInt(dossiers)) + "/synthese?profil=" + profil));
        Mesure version = mesurer("/api/version", clients, duree, alea -> URI.create(url + "/api/version"));
        System.out.println("  " + cdap);
        System.out.println("  " + version);
        System.out.printf(Locale.ROOT, "  rapport : la consultation soutient %.1f %% du débit de /api/version (%.1f fois moins)%n",
                100 * cdap.parSeconde() / version.parSeconde(), version.parSeconde() / cdap.parSeconde());
    }

    /** A user's own session: the login form, as a browser posts it (BancEnregistrementAfas logs in the same way). */
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

    private static Mesure mesurer(String nom, List<HttpClient> clients, int secondes, java.util.function.Function<SplittableRandom, URI> adresse)
            throws Exception {
        long fin = System.nanoTime() + secondes * 1_000_000_000L;
        AtomicLong erreurs = new AtomicLong();
        ExecutorService fils = Executors.newFixedThreadPool(clients.size());
        List<Future<List<Long>>> resultats = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            HttpClient client = clients.get(i);
            SplittableRandom alea = new SplittableRandom(1000L + i);
            resultats.add(fils.submit(() -> {
                List<Long> durees = new ArrayList<>();
                while (System.nanoTime() < fin) {
                    long debut = System.nanoTime();
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(adresse.apply(alea)).header("Accept", "application/json").build(),
                            HttpResponse.BodyHandlers.discarding());
                    long duree = System.nanoTime() - debut;
                    if (r.statusCode() == 200) {
                        durees.add(duree);
                    } else {
                        erreurs.incrementAndGet();
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
        toutes.sort(null);
        return new Mesure(nom, toutes.size(), erreurs.get(), toutes.size() / (double) secondes,
                centile(toutes, 50), centile(toutes, 95), centile(toutes, 99));
    }

    private static double centile(List<Long> triees, int c) {
        if (triees.isEmpty()) {
            return Double.NaN;
        }
        return triees.get(Math.min(triees.size() - 1, (int) Math.ceil(c / 100.0 * triees.size()) - 1)) / 1e6;
    }

    private static String encoder(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package org.eden.portail.identite;

import org.eden.portail.banc.Mesure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * The logins' benchmark (docs/mesures.md, "Logins"): what a login costs beside the Argon2id it
 * cannot avoid. In one run, side by side:
 * <ol>
 * <li>raw Argon2id verifications per second at the portal's parameters (19 MiB, t=2, p=1) on every
 * core, by libargon2 and by Shiro's Java implementation — the floor and the former way;</li>
 * <li>against a running portal ({@code banc.url}), logins per second: {@code banc.concurrence}
 * clients (8) calling {@code GET /api/organismes?caf=…} with HTTP Basic, which verifies the password
 * at each request (no session), then the anonymous {@code GET /api/version} for as long.</li>
 * </ol>
 * It prints each figure with p50/p95/p99 and the ratios login / native Argon2id and login / bare
 * endpoint. Not a test: a command, run by hand; it starts nothing.
 */
public final class BancConnexions {

    private BancConnexions() {
    }

    public static void main(String[] args) throws Exception {
        int coeurs = Runtime.getRuntime().availableProcessors();
        int duree = Integer.getInteger("banc.duree", 20);
        int echauffement = Integer.getInteger("banc.echauffement", 5);
        String url = System.getProperty("banc.url", "");
        String identifiant = System.getProperty("banc.identifiant", "MAR271001");
        String motDePasse = System.getProperty("banc.motdepasse", "Eden#Demo2026");
        String caf = System.getProperty("banc.caf", "271");
        int concurrence = Integer.getInteger("banc.concurrence", 8);

        System.out.printf(Locale.ROOT, "%d cœurs ; Argon2id m=%d Kio, t=%d, p=%d ; libargon2 %s%n", coeurs,
                HachageMotDePasse.MEMOIRE_KIB, HachageMotDePasse.ITERATIONS, HachageMotDePasse.PARALLELISME,
                HachageMotDePasse.natif() ? "chargée" : "INDISPONIBLE");
        Mesure[] argon2 = argon2(motDePasse, coeurs, echauffement, duree);
        Mesure argon2Natif = argon2[0];
        Mesure argon2Shiro = argon2[1];
        System.out.println(argon2Natif);
        System.out.println(argon2Shiro);
        System.out.printf(Locale.ROOT, "natif / Java : %.2f%n", argon2Natif.parSeconde() / argon2Shiro.parSeconde());
        if (url.isBlank()) {
            System.out.println("(-Dbanc.url=http://127.0.0.1:8080 pour mesurer aussi les connexions d'un portail en marche)");
            return;
        }

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((identifiant + ":" + motDePasse).getBytes(StandardCharsets.UTF_8));
        HttpRequest connexion = HttpRequest.newBuilder(URI.create(url + "/api/organismes?caf=" + caf))
                .header("Authorization", basic).timeout(Duration.ofSeconds(30)).GET().build();
        HttpRequest version = HttpRequest.newBuilder(URI.create(url + "/api/version")).timeout(Duration.ofSeconds(30)).GET().build();
        int premier = client.send(connexion, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (premier != 200) {
            throw new IllegalStateException(identifiant + " : HTTP " + premier + " sur /api/organismes?caf=" + caf);
        }
        Mesure connexions = mesurer("connexion (HTTP Basic, 1 Argon2id)", concurrence, echauffement, duree,
                () -> envoyer(client, connexion));
        System.out.println(connexions);
        Mesure nu = mesurer("GET /api/version (anonyme)", concurrence, echauffement, duree, () -> envoyer(client, version));
        System.out.println(nu);
        System.out.printf(Locale.ROOT, "connexions / Argon2id natif : %.2f   connexions / Argon2id Java : %.2f   connexions / point nu : %.3f%n",
                connexions.parSeconde() / argon2Natif.parSeconde(), connexions.parSeconde() / argon2Shiro.parSeconde(),
                connexions.parSeconde() / nu.parSeconde());
    }

    /** Raw Argon2id verifications at the portal's parameters, on every core: libargon2, then Shiro's Java code. */
    public static Mesure[] argon2(String motDePasse, int coeurs, int echauffement, int duree) throws Exception {
        String hash = HachageMotDePasse.hacher(motDePasse);
        Argon2Natif natif = Argon2Natif.charger().orElseThrow(() -> new IllegalStateException("libargon2 indisponible"));
        HachageMotDePasse.Argon2id a = HachageMotDePasse.Argon2id.lire(hash).orElseThrow();
        byte[] octets = motDePasse.getBytes(StandardCharsets.UTF_8);
        Mesure argon2Natif = mesurer("Argon2id natif (libargon2)", coeurs, echauffement, duree, () ->
                java.security.MessageDigest.isEqual(natif.hacher(a.iterations(), a.memoireKib(), a.parallelisme(), octets,
                        a.sel(), a.hash().length), a.hash()));
        Mesure argon2Shiro = mesurer("Argon2id Java (Shiro)", coeurs, echauffement, duree, () ->
                HachageMotDePasse.shiro().passwordsMatch(motDePasse, hash));
        return new Mesure[]{argon2Natif, argon2Shiro};
    }

    private static boolean envoyer(HttpClient client, HttpRequest requete) {
        try {
            return client.send(requete, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code fils} threads repeat the operation: warm-up, then {@code duree} seconds measured. */
    public static Mesure mesurer(String nom, int fils, int echauffement, int duree, BooleanSupplier operation) throws Exception {
        long finEchauffement = System.nanoTime() + Duration.ofSeconds(echauffement).toNanos();
        long fin = finEchauffement + Duration.ofSeconds(duree).toNanos();
        ExecutorService executeur = Executors.newFixedThreadPool(fils);
        List<Future<long[]>> resultats = new ArrayList<>();
        for (int f = 0; f < fils; f++) {
            resultats.add(executeur.submit(() -> {
                long[] durees = new long[1024];
                int n = 0;
                long erreurs = 0;
                long maintenant;
                while ((maintenant = System.nanoTime()) < fin) {
                    boolean reussie = operation.getAsBoolean();
                    long apres = System.nanoTime();
                    if (maintenant >= finEchauffement) {
                        if (!reussie) {
                            erreurs++;
                        }
                        if (n == durees.length) {
                            durees = java.util.Arrays.copyOf(durees, n * 2);
                        }
                        durees[n++] = apres - maintenant;
                    }
                }
                long[] sortie = java.util.Arrays.copyOf(durees, n + 1);
                sortie[n] = erreurs;
                return sortie;
            }));
        }
        List<Long> toutes = new ArrayList<>();
        long erreurs = 0;
        for (Future<long[]> r : resultats) {
            long[] d = r.get();
            for (int i = 0; i < d.length - 1; i++) {
                toutes.add(d[i]);
            }
            erreurs += d[d.length - 1];
        }
        executeur.shutdown();
        return Mesure.de(nom, toutes, erreurs, duree);
    }
}

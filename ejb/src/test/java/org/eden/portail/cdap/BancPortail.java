package org.eden.portail.cdap;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.eden.portail.identite.Argon2id;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.MotsDePasseArgon2;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * The portal's benchmark (docs/mesures.md, issue 18), one command against a running portal that it
 * never starts: raw Argon2id verifications per second at the portal's parameters on all cores of
 * this machine (libargon2, the portal's, and Shiro's Java one, the former), then, with
 * {@code banc.concurrence} connections for {@code banc.duree} seconds each, logins (HTTP Basic on
 * {@code /api/organismes}: one Argon2id each), the bare {@code /api/version}, the CDAP search +
 * synthesis with a session, and a traced no-op ({@code /api/developpement/action-tracee}, server
 * started with {@code -Deden.diagnostic.banc=true}); per second, p95, and the ratios.
 * Defaults fit the demo portal on H2 (its accounts and its 3,000 demo files, loaded on
 * {@code banc.chargement}, the day the demo base was created: today by default).
 */
public final class BancPortail {

    private BancPortail() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("banc.url", "http://127.0.0.1:8080");
        String motDePasse = System.getProperty("banc.motdepasse", "Eden#Demo2026");
        String connexion = System.getProperty("banc.connexion", "MAR271001");
        String consultant = System.getProperty("banc.cdap", "DUP271001");
        String caf = System.getProperty("banc.caf", "271");
        String profil = System.getProperty("banc.profil", "T2");
        int dossiers = Integer.getInteger("banc.dossiers", 3_000);
        long graine = Long.getLong("banc.graine", 2026);
        LocalDate chargement = System.getProperty("banc.chargement", "").isBlank()
                ? LocalDate.now() : LocalDate.parse(System.getProperty("banc.chargement"));
        int concurrence = Integer.getInteger("banc.concurrence", 8);
        int duree = Integer.getInteger("banc.duree", 20);
        int echauffement = Integer.getInteger("banc.echauffement", 5);
        int coeurs = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "Banc du portail : %s, %d connexions, %d s par mesure, %d cœurs%n", url, concurrence, duree, coeurs);

        // 1. Raw Argon2id, in this JVM, one thread per core.
        String stocke = HachageMotDePasse.hacher(motDePasse);
        MotsDePasseArgon2 natif = new MotsDePasseArgon2(Argon2id.natif(), HachageMotDePasse.serviceShiro(), 2, 19 * 1024, 1);
        DefaultPasswordService shiro = HachageMotDePasse.serviceShiro();
        double argonNatif = argon2("Argon2id libargon2 (natif)", coeurs, duree, () -> natif.passwordsMatch(motDePasse, stocke));
        double argonJava = argon2("Argon2id Shiro (Java, l'ancien)", coeurs, duree, () -> shiro.passwordsMatch(motDePasse, stocke));

        // 2. Logins: HTTP Basic, no session (the API creates none), one Argon2id each.
        List<HttpClient> sansSession = new ArrayList<>();
        for (int i = 0; i < concurrence; i++) {
            sansSession.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString((connexion + ":" + motDePasse).getBytes(StandardCharsets.UTF_8));
        URI organismes = URI.create(url + "/api/organismes?caf=" + caf);
        BancCdap.mesurerRequetes("échauffement", sansSession, echauffement, alea -> HttpRequest.newBuilder(organismes)
                .header("Authorization", basic).header("Accept", "application/json").build());
        BancCdap.Mesure connexions = BancCdap.mesurerRequetes("connexions (Basic)", sansSession, duree,
                alea -> HttpRequest.newBuilder(organismes).header("Authorization", basic).header("Accept", "application/json").build());

        // 3. The bare endpoint, the consultation and the traced no-op, with one logged-in session
        // (one session per identifier, R-SESS-1: the connections share it, as a browser's tabs do).
        HttpClient session = BancCdap.connecter(url, consultant, motDePasse);
        List<HttpClient> clients = Collections.nCopies(concurrence, session);
        GenerateurDossiers numeros = new GenerateurDossiers(graine, chargement);
        java.util.function.Function<java.util.SplittableRandom, URI> dossier = alea -> URI.create(url + "/api/cdap/dossiers/"
                + caf + "/" + numeros.numero(alea.nextInt(dossiers)) + "/synthese?profil=" + profil);
        BancCdap.mesurer("échauffement", clients, echauffement, dossier);
        BancCdap.Mesure nu = BancCdap.mesurer("/api/version (nu)", clients, duree, alea -> URI.create(url + "/api/version"));
        BancCdap.Mesure cdap = BancCdap.mesurer("CDAP recherche + synthèse", clients, duree, dossier);
        BancCdap.Mesure tracee = BancCdap.mesurer("action vide tracée", clients, duree,
                alea -> URI.create(url + "/api/developpement/action-tracee"));

        System.out.println();
        System.out.printf(Locale.ROOT, "  %-34s %8.1f /s%n", "Argon2id libargon2 (natif)", argonNatif);
        System.out.printf(Locale.ROOT, "  %-34s %8.1f /s%n", "Argon2id Shiro (Java, l'ancien)", argonJava);
        for (BancCdap.Mesure m : List.of(connexions, nu, cdap, tracee)) {
            System.out.println("  " + m);
        }
        System.out.printf(Locale.ROOT, "  rapports : natif/Java %.2f · connexions/Argon2id natif %.2f · CDAP/nu %.2f · action tracée/nu %.2f%n",
                argonNatif / argonJava, connexions.parSeconde() / argonNatif, cdap.parSeconde() / nu.parSeconde(),
                tracee.parSeconde() / nu.parSeconde());
        Predicate<BancCdap.Mesure> sansErreur = m -> m.erreurs() == 0;
        if (!List.of(connexions, nu, cdap, tracee).stream().allMatch(sansErreur)) {
            System.out.println("  ATTENTION : des requêtes ont échoué (action tracée : le serveur a-t-il -Deden.diagnostic.banc=true ?)");
        }
    }

    /** Verifications per second, {@code fils} threads for {@code secondes}. */
    private static double argon2(String nom, int fils, int secondes, java.util.function.BooleanSupplier verification) throws Exception {
        if (!verification.getAsBoolean()) {
            throw new IllegalStateException(nom + " : le bon mot de passe n'est pas reconnu");
        }
        long fin = System.nanoTime() + secondes * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(fils);
        List<Future<Long>> comptes = new ArrayList<>();
        for (int i = 0; i < fils; i++) {
            comptes.add(pool.submit(() -> {
                long n = 0;
                while (System.nanoTime() < fin) {
                    verification.getAsBoolean();
                    n++;
                }
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> f : comptes) {
            total += f.get();
        }
        pool.shutdown();
        double parSeconde = total / (double) secondes;
        System.out.printf(Locale.ROOT, "  %s : %d vérifications en %d s sur %d fils : %.1f /s%n", nom, total, secondes, fils, parSeconde);
        return parSeconde;
    }
}

package org.eden.portail.banc;

import org.eden.portail.cdap.ChargementBaseAllocataires;
import org.eden.portail.cdap.GenerateurDossiers;
import org.eden.portail.cdap.PreparationBanc;
import org.eden.portail.identite.BancConnexions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The portal's one benchmark command (docs/mesures.md, « One command »). Against a portal already
 * running at {@code banc.url} — it starts nothing — it prints, in one run and side by side: raw
 * Argon2id verifications per second (libargon2 and Shiro's Java code, in this JVM, every core), logins
 * per second (HTTP Basic, one Argon2id each), the bare {@code GET /api/version}, CDAP search +
 * synthesis with a session per user, and a traced action that does nothing; each with p50 and p95,
 * and the ratios the performance issue names (logins / native Argon2id, CDAP / bare, traced / bare).
 * <p>
 * The CDAP part needs users who may consult: {@code banc.base} (a benchmark database, where its 20
 * users are written) or {@code banc.utilisateurs}; without either it is skipped, with the reason.
 * The traced action needs the portal started with {@code -Deden.diagnostic.banc=true}.
 * With {@code banc.preparer=true} it first loads {@code banc.dossiers} beneficiary files into
 * {@code banc.base} (the million-file PostgreSQL base), writes the users, and stops there: start the
 * portal on that base, then run the command again without it.
 */
public final class BancPortail {

    private BancPortail() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("banc.url", "http://127.0.0.1:8080");
        String base = System.getProperty("banc.base", "");
        String utilisateurBase = System.getProperty("banc.base.utilisateur", "postgres");
        String motDePasseBase = System.getProperty("banc.base.motdepasse", "postgres");
        String motDePasse = System.getProperty("banc.motdepasse", "Eden#Demo2026");
        String caf = System.getProperty("banc.caf", "271");
        String profil = System.getProperty("banc.profil", "T1");
        // The login measured: the demo's administrateur Caf, or the one the benchmark's base holds.
        String identifiant = System.getProperty("banc.identifiant", "");
        if (identifiant.isBlank()) {
            identifiant = base.isBlank() ? "MAR271001" : PreparationBanc.agentCaf(caf);
        }
        int dossiers = Integer.getInteger("banc.dossiers", 1_000_000);
        long graine = Long.getLong("banc.graine", 2026);
        int concurrence = Integer.getInteger("banc.concurrence", 20);
        int duree = Integer.getInteger("banc.duree", 20);
        int echauffement = Integer.getInteger("banc.echauffement", 5);
        int rodage = Integer.getInteger("banc.rodage", 120);
        int coeurs = Runtime.getRuntime().availableProcessors();

        if (Boolean.getBoolean("banc.preparer")) {
            preparer(base, utilisateurBase, motDePasseBase, caf, profil, dossiers, graine, concurrence, motDePasse);
            return;
        }

        System.out.printf(Locale.ROOT, "Banc du portail : %s, %d appelants, %d s par mesure après %d s de chauffe, rodage du serveur %d s, %d cœurs, charge %.1f%n%n",
                url, concurrence, duree, echauffement, rodage, coeurs,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Mesure> mesures = new ArrayList<>();
        Mesure[] argon2 = BancConnexions.argon2(motDePasse, coeurs, echauffement, duree);
        mesures.addAll(Arrays.asList(argon2));

        HttpClient anonyme = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest version = HttpRequest.newBuilder(URI.create(url + "/api/version")).timeout(Duration.ofSeconds(30)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((identifiant + ":" + motDePasse).getBytes(StandardCharsets.UTF_8));
        HttpRequest connexion = HttpRequest.newBuilder(URI.create(url + "/api/organismes?caf=" + caf))
                .header("Authorization", basic).timeout(Duration.ofSeconds(30)).build();
        BooleanSupplier pointNu = () -> ok(anonyme, version, 200);
        BooleanSupplier connecter = () -> ok(anonyme, connexion, 200);

        HttpRequest actionTracee = HttpRequest.newBuilder(URI.create(url + "/api/developpement/action-tracee"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
        BooleanSupplier tracer = anonyme.send(actionTracee, HttpResponse.BodyHandlers.discarding()).statusCode() == 204
                ? () -> ok(anonyme, actionTracee, 204) : null;
        if (tracer == null) {
            System.out.println("action tracée : ignorée (démarrez le portail avec -Deden.diagnostic.banc=true)");
        }

        List<String> utilisateurs = List.of(System.getProperty("banc.utilisateurs", "").split(",")).stream().filter(s -> !s.isBlank()).toList();
        if (!base.isBlank()) {
            utilisateurs = PreparationBanc.preparer(base, utilisateurBase, motDePasseBase, caf, profil, concurrence, motDePasse);
        }
        BooleanSupplier consulter = null;
        List<HttpClient> sessions = new ArrayList<>();
        if (utilisateurs.isEmpty()) {
            System.out.println("CDAP : ignoré (banc.base, la base du banc, ou banc.utilisateurs, des identifiants habilités)");
        } else {
            for (String u : utilisateurs) {
                sessions.add(SessionBanc.connecter(url, u, motDePasse));
            }
            // The files' numéros depend on the day of their load (the demo's first start, or base.reference).
            LocalDate reference = LocalDate.parse(System.getProperty("banc.reference", LocalDate.now().toString()));
            GenerateurDossiers numeros = new GenerateurDossiers(graine, reference);
            // One session per calling thread, each user his own (one session per user, R-SESS-1).
            AtomicInteger suivante = new AtomicInteger();
            ThreadLocal<HttpClient> siennes = ThreadLocal.withInitial(() -> sessions.get(suivante.getAndIncrement() % sessions.size()));
            consulter = () -> {
                HttpClient session = siennes.get();
                int rang = ThreadLocalRandom.current().nextInt(dossiers);
                return ok(session, HttpRequest.newBuilder(URI.create(url + "/api/cdap/dossiers/" + caf + "/" + numeros.numero(rang)
                        + "/synthese?profil=" + profil)).header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(), 200);
            };
        }

        roder(rodage, concurrence, pointNu, connecter, tracer, consulter);
        Mesure nu = BancConnexions.mesurer("GET /api/version (point nu)", concurrence, echauffement, duree, pointNu);
        mesures.add(nu);
        Mesure connexions = BancConnexions.mesurer("connexion (HTTP Basic, 1 Argon2id)", concurrence, echauffement, duree, connecter);
        mesures.add(connexions);
        Mesure tracee = null;
        if (tracer != null) {
            tracee = BancConnexions.mesurer("action tracée qui ne fait rien", concurrence, echauffement, duree, tracer);
            mesures.add(tracee);
        }
        Mesure cdap = null;
        if (consulter != null) {
            cdap = BancConnexions.mesurer("CDAP recherche + synthèse", sessions.size(), echauffement, duree, consulter);
            mesures.add(cdap);
        }

        System.out.println();
        System.out.println("| mesure | opérations | erreurs | par seconde | p50 ms | p95 ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Mesure m : mesures) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f |%n", m.nom(), m.operations(), m.erreurs(), m.parSeconde(), m.p50(), m.p95());
        }
        System.out.println();
        rapport("connexions / Argon2id natif", connexions, argon2[0], 0.8);
        rapport("connexions / Argon2id Java", connexions, argon2[1], Double.NaN);
        if (cdap != null) {
            rapport("CDAP / point nu", cdap, nu, 0.5);
        }
        if (tracee != null) {
            rapport("action tracée / point nu", tracee, nu, Double.NaN);
        }
    }

    /**
     * Runs the server in before anything is measured: every measured request, in turn, from every
     * caller, for {@code secondes}. A portal just started interprets most of a login's path, and its
     * JIT compiler takes a core while it catches up (a third of the server's CPU in the first minute
     * of logins, still a tenth in the fourth: docs/mesures.md); what a partner meets is a server that
     * has run for hours. 0 measures the cold server.
     */
    private static void roder(int secondes, int appelants, BooleanSupplier... requetes) throws Exception {
        if (secondes <= 0) {
            return;
        }
        List<BooleanSupplier> melange = Arrays.stream(requetes).filter(java.util.Objects::nonNull).toList();
        AtomicInteger tour = new AtomicInteger();
        Mesure rodage = BancConnexions.mesurer("rodage du serveur (toutes les requêtes mesurées, tour à tour)", appelants, 0, secondes,
                () -> melange.get(Math.floorMod(tour.getAndIncrement(), melange.size())).getAsBoolean());
        System.out.println(rodage);
        System.out.println();
    }

    private static void rapport(String nom, Mesure mesure, Mesure plancher, double cible) {
        long erreurs = mesure.erreurs() + plancher.erreurs();
        if (erreurs > 0) {
            // A refused login costs a hash too: its rate says nothing of what the target measures.
            System.out.printf(Locale.ROOT, "%-30s sans objet : %d requêtes en erreur (identifiant, mot de passe, droits ?)%n", nom, erreurs);
            return;
        }
        double ratio = mesure.parSeconde() / plancher.parSeconde();
        System.out.printf(Locale.ROOT, "%-30s %.2f%s%n", nom, ratio,
                Double.isNaN(cible) ? "" : ratio >= cible ? "  (cible ≥ " + cible + " atteinte)" : "  (CIBLE ≥ " + cible + " MANQUÉE)");
    }

    private static boolean ok(HttpClient client, HttpRequest requete, int attendu) {
        try {
            return client.send(requete, HttpResponse.BodyHandlers.discarding()).statusCode() == attendu;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void preparer(String base, String utilisateur, String motDePasseBase, String caf, String profil, int dossiers,
                                 long graine, int concurrence, String motDePasse) throws Exception {
        if (base.isBlank()) {
            throw new IllegalArgumentException("banc.preparer : indiquez banc.base, la base PostgreSQL du banc (jamais une base réelle)");
        }
        SqlBanc.creerBaseSiAbsente(base, utilisateur, motDePasseBase);
        System.setProperty("base.url", base);
        System.setProperty("base.utilisateur", utilisateur);
        System.setProperty("base.motdepasse", motDePasseBase);
        System.setProperty("base.dossiers", Integer.toString(dossiers));
        System.setProperty("base.graine", Long.toString(graine));
        System.setProperty("base.cafs", caf);
        ChargementBaseAllocataires.main(new String[0]);
        List<String> utilisateurs = PreparationBanc.preparer(base, utilisateur, motDePasseBase, caf, profil, concurrence, motDePasse);
        System.out.printf("Base prête : %,d dossiers, %d utilisateurs (%s…). Démarrez le portail sur %s avec -Deden.diagnostic.banc=true,"
                + " puis relancez sans banc.preparer.%n", dossiers, utilisateurs.size(), utilisateurs.get(0), base);
    }
}

package org.eden.portail.cdap;

import org.eden.portail.banc.SessionBanc;
import org.eden.portail.banc.Mesure;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The CDAP benchmark (README, "CDAP"): {@code banc.concurrence} users (20), each logged in with his
 * own session, run "search + fiche de synthèse" ({@code GET /api/cdap/dossiers/{caf}/{numero}/synthese})
 * on files drawn at random among the {@code banc.dossiers} files of the load command (same seed),
 * for {@code banc.duree} seconds; then the same users call the trivial {@code GET /api/version} on
 * the same server for as long. It prints, for both, requests per second, p50, p95, p99, the errors,
 * and the ratio. Not a test: a command, run by hand against a running portal.
 */
public final class BancCdap {

    /** Every measure draws the same files in the same order: the measure reads what the warm-up loaded. */
    private static final long GRAINE_SESSIONS = 1000L;

    private BancCdap() {
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
            clients.add(SessionBanc.connecter(url, utilisateurs.get(i), motDePasse));
        }
        GenerateurDossiers numeros = new GenerateurDossiers(graine, LocalDate.now());
        System.out.printf(Locale.ROOT, "Banc CDAP : %d utilisateurs (%s…), profil %s, Caf %s, %,d dossiers, %d s par mesure, %d processeurs%n",
                concurrence, utilisateurs.get(0), profil, caf, dossiers, duree, Runtime.getRuntime().availableProcessors());
        Mesure chaud = SessionBanc.mesurer("échauffement", clients, echauffement, GRAINE_SESSIONS, alea -> URI.create(url + "/api/cdap/dossiers/" + caf + "/"
                + numeros.numero(alea.nextInt(dossiers)) + "/synthese?profil=" + profil));
        System.out.println("  " + chaud);
        Mesure cdap = SessionBanc.mesurer("recherche + synthèse", clients, duree, GRAINE_SESSIONS, alea -> URI.create(url + "/api/cdap/dossiers/" + caf + "/"
                + numeros.numero(alea.nextInt(dossiers)) + "/synthese?profil=" + profil));
        Mesure version = SessionBanc.mesurer("/api/version", clients, duree, GRAINE_SESSIONS, alea -> URI.create(url + "/api/version"));
        System.out.println("  " + cdap);
        System.out.println("  " + version);
        System.out.printf(Locale.ROOT, "  rapport : la consultation soutient %.1f %% du débit de /api/version (%.1f fois moins)%n",
                100 * cdap.parSeconde() / version.parSeconde(), version.parSeconde() / cdap.parSeconde());
    }

}

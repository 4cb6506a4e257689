package org.eden.portail.afas;

import org.eden.portail.banc.SessionBanc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AFAS save benchmark (docs/mesures.md, "Saving an AFAS part"): the demo's activity provider,
 * logged in with his own session, saves the activity part of the demo ALSH's prévisionnel
 * {@code banc.enregistrements} times in a row through the API ({@code PUT /api/afas/declarations/{id}/activite},
 * the service of the screen's autosave: permission, optimistic lock, new version, all the active
 * controls of R-AFAS-4 evaluated, trace). Beside it, in the same run and session, the floors: as many
 * {@code GET /api/version} and reads of the same declaration (which evaluate the controls too).
 * It prints p50, p95, p99 and the mean of each, and their ratios. The figures written are the
 * demo's own, so the declaration is left as the demo made it (only its version grows). Not a test:
 * a command run by hand against a running demo portal, never a real one.
 */
public final class BancEnregistrementAfas {

    private static final Pattern OBJET_PLAT = Pattern.compile("\\{[^{}]*}");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION_ACTIVITE = Pattern.compile("\"versionActivite\"\\s*:\\s*(\\d+)");
    /** The demo prévisionnel's activity (AfasDemo): saving them again changes no figure. */
    private static final String VALEURS = "{\"JOURS_PERISCOLAIRE\": 144, \"JOURS_EXTRASCOLAIRE\": 64, \"PLACES\": 48, "
            + "\"HEURES_OUVERTURE_JOUR\": 10, \"HEURES_REALISEES_MOINS_6\": 30000, \"HEURES_REALISEES_PLUS_6\": 40000, "
            + "\"HEURES_FACTUREES_MOINS_6\": 30000, \"HEURES_FACTUREES_PLUS_6\": 40000, \"NOMBRE_ENFANTS\": 156}";

    private BancEnregistrementAfas() {
    }

    record Mesure(String nom, List<Long> durees, int erreurs) {
        double centile(int c) {
            List<Long> triees = durees.stream().sorted().toList();
            return triees.isEmpty() ? Double.NaN
                    : triees.get(Math.min(triees.size() - 1, (int) Math.ceil(c / 100.0 * triees.size()) - 1)) / 1e6;
        }

        double moyenne() {
            return durees.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-38s %5d  %4d erreurs  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  moyenne %7.1f ms",
                    nom, durees.size(), erreurs, centile(50), centile(95), centile(99), moyenne());
        }
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("banc.url", "http://127.0.0.1:8080");
        String identifiant = System.getProperty("banc.identifiant", "FON271001");
        String motDePasse = System.getProperty("banc.motdepasse", "Eden#Demo2026");
        int n = Integer.getInteger("banc.enregistrements", 200);
        int echauffement = Integer.getInteger("banc.echauffement", 20);
        HttpClient client = SessionBanc.connecter(url, identifiant, motDePasse);
        long id = Long.getLong("banc.declaration", 0L);
        if (id == 0) {
            id = declarationEnCours(client, url);
        }
        URI declaration = URI.create(url + "/api/afas/declarations/" + id);
        URI activite = URI.create(url + "/api/afas/declarations/" + id + "/activite");
        URI version = URI.create(url + "/api/version");
        long[] versionActivite = {versionActivite(envoyer(client, HttpRequest.newBuilder(declaration).GET()).body())};
        Supplier<HttpRequest.Builder> lecture = () -> HttpRequest.newBuilder(declaration).GET();
        Supplier<HttpRequest.Builder> plancher = () -> HttpRequest.newBuilder(version).GET();
        Supplier<HttpRequest.Builder> enregistrement = () -> HttpRequest.newBuilder(activite).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"version\": " + versionActivite[0] + ", \"valeurs\": " + VALEURS + "}"));

        System.out.printf(Locale.ROOT, "Banc AFAS : %s enregistre %d fois la partie activité de la déclaration %d (%s), "
                + "%d d'échauffement, %d processeurs%n", identifiant, n, id, url, echauffement, Runtime.getRuntime().availableProcessors());
        mesurer("échauffement", client, echauffement, enregistrement, versionActivite);
        mesurer("échauffement", client, echauffement, lecture, null);
        Mesure api = mesurer("GET /api/version (plancher)", client, n, plancher, null);
        Mesure lue = mesurer("GET déclaration (lecture, contrôles)", client, n, lecture, null);
        Mesure ecrite = mesurer("PUT partie activité (enregistrement)", client, n, enregistrement, versionActivite);
        System.out.println("  " + api);
        System.out.println("  " + lue);
        System.out.println("  " + ecrite);
        System.out.printf(Locale.ROOT, "Rapports p95 : enregistrement / plancher %.1f ; enregistrement / lecture %.1f ; "
                        + "p50 : %.1f et %.1f%n", ecrite.centile(95) / api.centile(95), ecrite.centile(95) / lue.centile(95),
                ecrite.centile(50) / api.centile(50), ecrite.centile(50) / lue.centile(50));
        if (ecrite.erreurs() + lue.erreurs() + api.erreurs() > 0) {
            System.exit(1);
        }
    }

    /** One request after the other (the time of one save, not a throughput); a save takes the version it returns. */
    private static Mesure mesurer(String nom, HttpClient client, int fois, Supplier<HttpRequest.Builder> requete, long[] version)
            throws Exception {
        List<Long> durees = new ArrayList<>();
        int erreurs = 0;
        for (int i = 0; i < fois; i++) {
            long debut = System.nanoTime();
            HttpResponse<String> r = client.send(requete.get().header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long duree = System.nanoTime() - debut;
            if (r.statusCode() != 200) {
                erreurs++;
                System.err.println(nom + " : " + r.statusCode() + " " + r.body());
                continue;
            }
            durees.add(duree);
            if (version != null) {
                version[0] = versionActivite(r.body());
            }
        }
        return new Mesure(nom, durees, erreurs);
    }

    /** The demo's prévisionnel in progress: the first EN_COURS prévisionnel among the provider's équipements. */
    private static long declarationEnCours(HttpClient client, String url) throws Exception {
        String equipements = envoyer(client, HttpRequest.newBuilder(URI.create(url + "/api/afas/equipements")).GET()).body();
        Matcher e = ID.matcher(equipements);
        while (e.find()) {
            String liste = envoyer(client, HttpRequest.newBuilder(URI.create(url + "/api/afas/equipements/" + e.group(1) + "/declarations"))
                    .GET()).body();
            Matcher objet = OBJET_PLAT.matcher(liste);
            while (objet.find()) {
                String d = objet.group();
                Matcher id = ID.matcher(d);
                if (d.contains("\"PREVISIONNEL\"") && d.contains("\"EN_COURS\"") && id.find()) {
                    return Long.parseLong(id.group(1));
                }
            }
        }
        throw new IllegalStateException("Aucun prévisionnel en cours pour cet utilisateur : indiquez -Dbanc.declaration=ID");
    }

    private static long versionActivite(String json) {
        Matcher m = VERSION_ACTIVITE.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("Pas de versionActivite dans " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> envoyer(HttpClient client, HttpRequest.Builder requete) throws Exception {
        HttpResponse<String> r = client.send(requete.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return r;
    }
}

package org.eden.portail.securite;

import org.eden.portail.shared.Http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the portal in plain HTTP (no browser, for speed): his own cookies, redirects NOT
 * followed (the tests read the status and the Location), the login form, and HTTP Basic for the API.
 */
final class ClientPortail {

    private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState[^>]*?value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String basic;

    private ClientPortail(String identifiant, String motDePasse) {
        this.basic = identifiant == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((identifiant + ":" + motDePasse).getBytes(StandardCharsets.UTF_8));
    }

    static ClientPortail anonyme() {
        return new ClientPortail(null, null);
    }

    /** Logs in through the login form; the session cookie is kept for the next requests. */
    static ClientPortail connecte(String identifiant, String motDePasse) {
        ClientPortail client = new ClientPortail(identifiant, motDePasse);
        HttpResponse<String> page = client.get("/login.xhtml");
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("Pas de ViewState sur la page de connexion : " + page.statusCode());
        }
        Map<String, String> champs = new LinkedHashMap<>();
        champs.put("connexion", "connexion");
        champs.put("connexion:identifiant", identifiant);
        champs.put("connexion:motDePasse", motDePasse);
        champs.put("connexion:seConnecter", "");
        champs.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
        HttpResponse<String> reponse = client.post("/login.xhtml", champs, Map.of());
        if (reponse.statusCode() != 302) {
            throw new IllegalStateException("Connexion refusée pour " + identifiant + " (" + reponse.statusCode() + ")");
        }
        return client;
    }

    HttpResponse<String> get(String chemin) {
        return envoyer(HttpRequest.newBuilder(uri(chemin)).GET());
    }

    /** An API call: HTTP Basic with the visitor's identifiers (none for the anonymous one). */
    HttpResponse<String> api(String methode, String chemin, String type, String corps) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(uri("/api" + chemin)).header("Accept", "application/json")
                .method(methode, corps == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(corps));
        if (type != null) {
            requete.header("Content-Type", type);
        }
        if (basic != null) {
            requete.header("Authorization", basic);
        }
        return envoyer(requete);
    }

    HttpResponse<String> post(String chemin, Map<String, String> champs, Map<String, String> entetes) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(uri(chemin))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(encoder(champs)));
        entetes.forEach(requete::header);
        return envoyer(requete);
    }

    HttpResponse<String> envoyer(HttpRequest.Builder requete) {
        try {
            return client.send(requete.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a raw request answered: its status, Content-Type and body. */
    record ReponseBrute(int statut, String type, String corps) {
    }

    /**
     * A request written by hand on a socket, for the addresses a well-behaved client refuses to send
     * (a lone '%', a backslash…): the target is sent exactly as given.
     */
    static ReponseBrute brut(String cible) {
        URI base = URI.create(Http.base());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + cible + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String reponse = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String[] lignes = reponse.split("\r\n");
            int statut = Integer.parseInt(lignes[0].split(" ")[1]);
            String type = "";
            for (String ligne : lignes) {
                if (ligne.isEmpty()) {
                    break;
                }
                if (ligne.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    type = ligne.substring("content-type:".length()).trim();
                }
            }
            int corps = reponse.indexOf("\r\n\r\n");
            return new ReponseBrute(statut, type, corps < 0 ? "" : reponse.substring(corps + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static URI uri(String chemin) {
        return URI.create(Http.base() + chemin);
    }

    static String encoder(Map<String, String> champs) {
        return champs.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String encoder(String valeur) {
        return URLEncoder.encode(valeur, StandardCharsets.UTF_8);
    }
}

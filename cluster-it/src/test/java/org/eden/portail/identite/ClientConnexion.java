package org.eden.portail.identite;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSF login page of one node driven by plain HTTP, one cookie jar per client. */
final class ClientConnexion {
    private static final Pattern ETAT = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce of the page, which its script adds to each submission. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    ClientConnexion(String base) {
        this.base = base;
    }

    /** Logs in through the login form; the page shown after it. */
    String seConnecter(String identifiant, String motDePasse) throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher etat = ETAT.matcher(page);
        Matcher nonce = NONCE.matcher(page);
        assertTrue(etat.find() && nonce.find(), "état de vue et nonce de la page de connexion");
        Map<String, String> champs = Map.of("connexion", "connexion", "connexion:identifiant", identifiant,
                "connexion:motDePasse", motDePasse, "connexion:seConnecter", "", "jakarta.faces.ViewState", etat.group(1),
                "primefaces.nonce", nonce.group(1));
        String corps = champs.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(corps)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}

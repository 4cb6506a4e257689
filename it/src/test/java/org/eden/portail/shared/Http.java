package org.eden.portail.shared;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API tests (the JDK's), with JSON parsing of the answers. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    /** The test server's address: the HTTP port shifted by the tests' port offset. */
    public static String base() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("eden.it.port.offset", 400));
    }

    public static HttpResponse<String> get(URI uri, String identifiant, String motDePasse) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        return identifiant == null ? envoyer(requete) : envoyer(requete, identifiant, motDePasse);
    }

    /** Any request (PUT, POST, a conditional GET…) as {@code identifiant}, logged in by HTTP Basic; the answer as text. */
    public static HttpResponse<String> envoyer(HttpRequest.Builder requete, String identifiant, String motDePasse) {
        return envoyer(requete.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((identifiant + ":" + motDePasse).getBytes(StandardCharsets.UTF_8))));
    }

    private static HttpResponse<String> envoyer(HttpRequest.Builder requete) {
        try {
            return CLIENT.send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(URI uri) {
        return get(uri, null, null);
    }

    public static JsonStructure json(HttpResponse<String> reponse) {
        try (var lecteur = Json.createReader(new StringReader(reponse.body()))) {
            return lecteur.read();
        }
    }
}

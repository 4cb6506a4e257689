package org.eden.portail.cdap;

import org.eden.portail.shared.Http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's conversation with the JSF screens, in plain HTTP: its own session cookie, the login
 * form, full pages and PrimeFaces AJAX requests whose raw responses the tests inspect.
 */
final class SessionHttp {

    private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState[^>]*?value=\"([^\"]+)\"|jakarta\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private String viewState;
    /** PrimeFaces' CSP nonce of the page: its AJAX requests carry it back ("primefaces.nonce"). */
    private String nonce;

    static SessionHttp connecter(String identifiant, String motDePasse) throws IOException, InterruptedException {
        SessionHttp session = new SessionHttp();
        session.get("/login.xhtml");
        String page = session.post("/login.xhtml", Map.of("connexion", "connexion", "connexion:identifiant", identifiant,
                "connexion:motDePasse", motDePasse, "connexion:seConnecter", ""));
        if (page.contains("connexion:motDePasse")) {
            throw new IllegalStateException("Connexion refusée pour " + identifiant);
        }
        return session;
    }

    String get(String chemin) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(Http.base() + chemin)).build(),
                HttpResponse.BodyHandlers.ofString());
        return retenir(r.body());
    }

    String post(String chemin, Map<String, String> champs) throws IOException, InterruptedException {
        Map<String, String> tous = new LinkedHashMap<>(champs);
        tous.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(Http.base() + chemin))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoder(tous))).build(), HttpResponse.BodyHandlers.ofString());
        return retenir(r.body());
    }

    /** A PrimeFaces AJAX request of the consultation page, as the button {@code source} sends it. */
    String ajax(String source, String execute, String render, Map<String, String> champs) throws IOException, InterruptedException {
        Map<String, String> tous = new LinkedHashMap<>();
        tous.put("jakarta.faces.partial.ajax", "true");
        tous.put("jakarta.faces.source", source);
        tous.put("jakarta.faces.partial.execute", execute);
        tous.put("jakarta.faces.partial.render", render);
        tous.put(source, source);
        tous.putAll(champs);
        return requeteAjax(tous);
    }

    /** What the tab view asks when a dynamic tab is opened (content load + tabChange). */
    String onglet(String tabView, String onglet) throws IOException, InterruptedException {
        Map<String, String> tous = new LinkedHashMap<>();
        tous.put("jakarta.faces.partial.ajax", "true");
        tous.put("jakarta.faces.source", tabView);
        tous.put("jakarta.faces.partial.execute", tabView);
        tous.put("jakarta.faces.partial.render", tabView);
        tous.put("jakarta.faces.behavior.event", "tabChange");
        tous.put("jakarta.faces.partial.event", "tabChange");
        tous.put(tabView + "_contentLoad", "true");
        tous.put(tabView + "_currentTab", tabView + ":" + onglet);
        tous.put(tabView + "_tabindex", "1");
        tous.put(tabView.substring(0, tabView.indexOf(':')), tabView.substring(0, tabView.indexOf(':')));
        return requeteAjax(tous);
    }

    private String requeteAjax(Map<String, String> champs) throws IOException, InterruptedException {
        champs.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            champs.put("primefaces.nonce", nonce);
        }
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(Http.base() + "/cdap/consultation.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(encoder(champs))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("<partial-response")) {
            throw new IllegalStateException("Réponse AJAX inattendue (" + r.statusCode() + ") : " + r.body());
        }
        return retenir(r.body());
    }

    private String retenir(String corps) {
        Matcher n = NONCE.matcher(corps);
        if (!corps.contains("<partial-response") && n.find()) {
            nonce = n.group(1);
        }
        Matcher m = VIEW_STATE.matcher(corps);
        if (m.find()) {
            viewState = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&#58;", ":");
        }
        return lisible(corps);
    }

    /** The response as text: character references decoded, no-break spaces as spaces. */
    static String lisible(String corps) {
        Matcher reference = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(corps);
        StringBuilder texte = new StringBuilder();
        while (reference.find()) {
            int code = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
            reference.appendReplacement(texte, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        reference.appendTail(texte);
        return texte.toString().replace("&nbsp;", " ").replace("&amp;", "&").replace("&quot;", "\"")
                .replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static String encoder(Map<String, String> champs) {
        return champs.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

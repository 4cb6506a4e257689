package org.eden.portail.securite;

import org.eden.portail.shared.DonneesDemo;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bad input everywhere (issue 19): a fixed corpus of bad values sent to every view parameter of
 * every page and to every parameter of every API operation, all found by {@link InventaireWeb}
 * reading the sources; then the malformed headers and view states of the probe. Never a 5xx, never
 * an exception's class name in an answer, and every API error in application/problem+json.
 */
@ExtendWith(ArquillianExtension.class)
class EntreesMalformeesIT {

    /** The corpus: empty, not a number, 10 KB, unicode, NUL, SQL, script, EL. */
    static final List<String> CORPUS = List.of("", "abc", "9".repeat(10_240), "é漢字🙂", "1\u0000", "' OR '1'='1",
            "<script>alert(1)</script>", "#{7*7}");

    /** A class name of Java, Jakarta or a library in an answer: what an answer must never show. */
    private static final Pattern CLASSE_EXCEPTION = Pattern.compile("\\b(java|jakarta|javax|org|com)\\.[a-z]+(\\.[A-Za-z]+)*\\.[A-Za-z]*(Exception|Error)\\b");

    private static boolean demo() {
        return "h2".equals(System.getProperty("arquillian.launch", "h2"));
    }

    /** Anonymous, and on H2 the demo accounts that open the most pages (Caf back office, partner's manager). */
    private static Map<String, ClientPortail> visiteurs() {
        Map<String, ClientPortail> visiteurs = new LinkedHashMap<>();
        visiteurs.put("anonyme", ClientPortail.anonyme());
        if (demo()) {
            for (String identifiant : List.of("MAR271001", "LEM271001", "DUP271001")) {
                visiteurs.put(identifiant, ClientPortail.connecte(identifiant, DonneesDemo.MOT_DE_PASSE_DEMO));
            }
        }
        return visiteurs;
    }

    @Test
    @RunAsClient
    @DisplayName("Issue 19 : chaque paramètre de vue de chaque page, nourri de valeurs malformées, ne donne jamais de 5xx ni de nom de classe")
    void parametresDeVue() {
        Map<String, SortedSet<String>> pages = InventaireWeb.pages();
        assertTrue(pages.values().stream().anyMatch(p -> p.contains("id")), "paramètres de vue trouvés : " + pages);
        List<String> ecarts = new ArrayList<>();
        // The pages' parameters are read once logged in (an anonymous visitor is sent to the login page
        // before any is read): the Caf's administrateur and the partner's responsable open them all.
        Map<String, ClientPortail> visiteurs = visiteurs();
        if (visiteurs.size() > 1) {
            visiteurs.remove("anonyme");
            visiteurs.remove("DUP271001");
        }
        visiteurs.forEach((qui, client) -> pages.forEach((page, parametres) -> {
            for (String parametre : parametres) {
                for (String valeur : CORPUS) {
                    HttpResponse<String> reponse = client.get(page + "?" + parametre + "=" + ClientPortail.encoder(valeur));
                    verifier(ecarts, qui + " " + page + "?" + parametre + "=" + apercu(valeur), reponse, false);
                }
            }
        }));
        conclure(ecarts);
    }

    @Test
    @RunAsClient
    @DisplayName("Issue 19 : chaque paramètre de chaque opération de l'API, nourri de valeurs malformées, répond 4xx en application/problem+json")
    void parametresDeLApi() {
        List<InventaireWeb.Operation> operations = InventaireWeb.operations();
        List<String> ecarts = new ArrayList<>();
        visiteurs().forEach((qui, client) -> {
            for (InventaireWeb.Operation operation : operations) {
                List<String> parametres = new ArrayList<>(operation.parametres());
                parametres.addAll(operation.parametresDeChemin().stream().map(p -> "{" + p + "}").toList());
                for (String parametre : parametres) {
                    for (String valeur : CORPUS) {
                        String adresse = adresse(operation, parametre, valeur);
                        HttpResponse<String> reponse = client.api(operation.verbe(), adresse, null, null);
                        verifier(ecarts, qui + " " + operation.verbe() + " /api" + apercu(adresse), reponse, true);
                    }
                }
            }
        });
        conclure(ecarts);
    }

    @Test
    @RunAsClient
    @DisplayName("Issue 19 : en-têtes, ViewState, nonce et adresses malformés : 400 ou 401, jamais de 5xx, l'API en problem+json")
    void requetesMalformees() {
        List<String> ecarts = new ArrayList<>();
        ClientPortail anonyme = ClientPortail.anonyme();
        // A malformed or wrong HTTP Basic: 401, WWW-Authenticate and a problem document.
        for (String entete : List.of("Basic !!!pas-du-base64", "Basic " + java.util.Base64.getEncoder().encodeToString("sans-deux-points".getBytes()),
                "Basic ", "Basic " + java.util.Base64.getEncoder().encodeToString("MAR271001:faux".getBytes()))) {
            HttpResponse<String> reponse = anonyme.envoyer(HttpRequest.newBuilder(ClientPortail.uri("/api/organismes?caf=271"))
                    .header("Authorization", entete).GET());
            if (reponse.statusCode() != 401 || reponse.headers().firstValue("WWW-Authenticate").isEmpty()) {
                ecarts.add("Authorization: " + entete + " → " + reponse.statusCode() + " " + reponse.headers().map());
            }
            verifier(ecarts, "Authorization: " + entete, reponse, true);
        }
        // The container's own errors on the API: unknown address, method, media type.
        verifierStatut(ecarts, "404", anonyme.api("GET", "/nulle-part", null, null), 404);
        verifierStatut(ecarts, "405", anonyme.api("DELETE", "/version", null, null), 405);
        verifierStatut(ecarts, "POST en texte sur une adresse en lecture", anonyme.api("POST", "/version", "text/plain", "x"), 405);
        // Characters a path may not hold: 400, never a 5xx nor the server's own page. Undertow's parser
        // refuses them before any servlet, with an empty body: that one answer is not problem+json.
        for (String cible : List.of("/api/version%", "/api/version%zz", "/api/ver\\sion", "/api/ver\"sion", "/api/ver<sion>")) {
            ClientPortail.ReponseBrute brute = ClientPortail.brut(cible);
            boolean vide = brute.corps().isBlank();
            if (brute.statut() >= 500 || brute.statut() < 400 || !(vide || brute.type().startsWith("application/problem+json"))) {
                ecarts.add("adresse " + cible + " : " + brute.statut() + " " + brute.type() + " " + apercu(brute.corps()));
            }
        }
        // Anonymous on the CDAP synthesis: 401, not 403.
        verifierStatut(ecarts, "synthèse CDAP anonyme", anonyme.api("GET", "/cdap/dossiers/271/1/synthese?profil=T2", null, null), 401);
        // A forged, an oversized and a missing ViewState on the login form.
        for (String etat : List.of("-123:456", "A".repeat(200_000), "")) {
            HttpResponse<String> reponse = anonyme.post("/login.xhtml", Map.of("connexion", "connexion",
                    "connexion:identifiant", "MAR271001", "connexion:motDePasse", "x", "connexion:seConnecter", "",
                    "jakarta.faces.ViewState", etat), Map.of());
            verifier(ecarts, "ViewState " + apercu(etat), reponse, false);
        }
        // A view that expired: the login page reloaded, with its message.
        HttpResponse<String> expiree = anonyme.post("/login.xhtml", Map.of("connexion", "connexion",
                "connexion:identifiant", "MAR271001", "connexion:motDePasse", "x", "connexion:seConnecter", "",
                "jakarta.faces.ViewState", "-4242424242424242424:-4242424242424242424"), Map.of());
        if (expiree.statusCode() != 302 || !expiree.headers().firstValue("Location").orElse("").contains("rechargee=true")) {
            ecarts.add("page de connexion expirée : " + expiree.statusCode() + " " + expiree.headers().firstValue("Location").orElse(""));
        } else if (!anonyme.get("/login.xhtml?rechargee=true").body().contains("Votre page a expiré, elle a été rechargée.")) {
            ecarts.add("page de connexion rechargée sans son message");
        }
        // An AJAX post with a stale or missing CSP nonce, as a logged-in user.
        if (demo()) {
            ClientPortail mar = ClientPortail.connecte("MAR271001", DonneesDemo.MOT_DE_PASSE_DEMO);
            for (String nonce : List.of("perime", "")) {
                Map<String, String> champs = new LinkedHashMap<>();
                champs.put("jakarta.faces.partial.ajax", "true");
                champs.put("jakarta.faces.source", "x");
                champs.put("jakarta.faces.partial.execute", "@all");
                champs.put("jakarta.faces.ViewState", "-1:-1");
                champs.put("primefaces.nonce", nonce);
                HttpResponse<String> reponse = mar.post("/index.xhtml", champs, Map.of("Faces-Request", "partial/ajax"));
                verifier(ecarts, "AJAX nonce " + apercu(nonce), reponse, false);
            }
        }
        conclure(ecarts);
    }

    private static String adresse(InventaireWeb.Operation operation, String parametre, String valeur) {
        String chemin = operation.chemin();
        for (String p : operation.parametresDeChemin()) {
            String v = parametre.equals("{" + p + "}") ? ClientPortail.encoder(valeur).replace("+", "%20") : MatriceAutorisationsIT.valeurDe(p);
            chemin = chemin.replaceFirst("\\{" + p + "(:[^}]*)?}", java.util.regex.Matcher.quoteReplacement(v));
        }
        StringBuilder requete = new StringBuilder();
        for (String q : operation.parametres()) {
            requete.append(requete.length() == 0 ? "?" : "&").append(q).append('=')
                    .append(q.equals(parametre) ? ClientPortail.encoder(valeur) : defaut(q));
        }
        return chemin + requete;
    }

    private static String defaut(String parametre) {
        return switch (parametre) {
            case "caf" -> "271";
            case "profil" -> "T2";
            default -> "";
        };
    }

    private static void verifierStatut(List<String> ecarts, String quoi, HttpResponse<String> reponse, int attendu) {
        if (reponse.statusCode() != attendu) {
            ecarts.add(quoi + " : " + reponse.statusCode() + " au lieu de " + attendu);
        }
        verifier(ecarts, quoi, reponse, true);
    }

    private static void verifier(List<String> ecarts, String quoi, HttpResponse<String> reponse, boolean api) {
        int statut = reponse.statusCode();
        if (statut >= 500) {
            ecarts.add(quoi + " : " + statut);
        }
        if (CLASSE_EXCEPTION.matcher(reponse.body()).find()) {
            ecarts.add(quoi + " : nom de classe d'exception dans la réponse");
        }
        if (api && statut >= 400 && !reponse.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            ecarts.add(quoi + " : " + statut + " sans application/problem+json ("
                    + reponse.headers().firstValue("Content-Type").orElse("aucun type") + ")");
        }
    }

    private static String apercu(String valeur) {
        String v = valeur.replace("\u0000", "\\0");
        return v.length() > 40 ? v.substring(0, 20) + "…(" + v.length() + ")" : v;
    }

    private static void conclure(List<String> ecarts) {
        if (!ecarts.isEmpty()) {
            fail(ecarts.size() + " réponse(s) hors contrat :\n" + String.join("\n", ecarts.subList(0, Math.min(200, ecarts.size()))));
        }
    }
}

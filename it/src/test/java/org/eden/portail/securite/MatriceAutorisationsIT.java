package org.eden.portail.securite;

import org.eden.portail.shared.DonneesDemo;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorisation matrix of the whole portal (issue 19): every page of the web module and every
 * API operation, both found by {@link InventaireWeb} reading the sources, is asked for by anonymous
 * and by each demo role, and the answer's status is compared with ONE table, below. A page or an
 * operation without its line fails the test: whoever adds a screen writes who may open it.
 * <p>
 * Each cell: 200 (the page), LOGIN (302 to the login page), 302 (elsewhere: a step, the home page),
 * 403 (refused, traced), 404 (nothing at that address without its parameter), 422 (allowed, then
 * refused by a domain rule). A 5xx is never expected.
 * The demo accounts exist on H2 only; on PostgreSQL the anonymous column still runs.
 */
@ExtendWith(ArquillianExtension.class)
class MatriceAutorisationsIT {

    /** The columns: anonymous, then one demo account per role (README, « comptes de démonstration »). */
    enum Qui {
        ANONYME(null), ADMINISTRATEUR_CAF("MAR271001"), VERIFICATEUR_CAF("LER271001"), SUPERVISEUR_CAF("PET271001"),
        AGENT_CNAF("DUB000001"), UTILISATEUR_CDAP("DUP271001"), RESPONSABLE_HABILITATIONS("LEM271001");

        final String identifiant;

        Qui(String identifiant) {
            this.identifiant = identifiant;
        }
    }

    static final int OK = 200;
    static final int LOGIN = -302;
    static final int AILLEURS = 302;
    static final int REFUS = 403;
    static final int ABSENT = 404;
    static final int NON_AUTH = 401;
    static final int REGLE = 422;

    // ------------------------------------------------------------------------------------------------
    // THE TABLE. One line per page, one per API operation, columns in the order of Qui:
    //              ANONYME  ADM_CAF  VERIF    SUPERV   CNAF     USAGER   RESPONSABLE
    // A new page (afas/, tableaudebord/…) or resource gets its line here; without it the test fails.
    // ------------------------------------------------------------------------------------------------
    static final Map<String, int[]> PAGES = new TreeMap<>();
    static final Map<String, int[]> API = new TreeMap<>();
    /** The query an API operation is called with in the matrix (path parameters: see valeurDe). */
    static final Map<String, String> REQUETES = new LinkedHashMap<>();

    static {
        page("/index.xhtml",                           LOGIN, OK, OK, OK, OK, OK, OK);
        page("/login.xhtml",                           OK, AILLEURS, AILLEURS, AILLEURS, AILLEURS, AILLEURS, AILLEURS);
        page("/mot-de-passe-oublie.xhtml",             OK, OK, OK, OK, OK, OK, OK);
        page("/erreur/acces-refuse.xhtml",             OK, OK, OK, OK, OK, OK, OK);
        page("/erreur/erreur.xhtml",                   OK, OK, OK, OK, OK, OK, OK);
        page("/erreur/introuvable.xhtml",              OK, OK, OK, OK, OK, OK, OK);
        page("/erreur/requete-invalide.xhtml",         OK, OK, OK, OK, OK, OK, OK);
        page("/compte/mon-compte.xhtml",               LOGIN, OK, OK, OK, OK, OK, OK);
        page("/compte/changer-mot-de-passe.xhtml",     LOGIN, OK, OK, OK, OK, OK, OK);
        page("/compte/nouveau-mot-de-passe.xhtml",     LOGIN, OK, OK, OK, OK, OK, OK);
        page("/compte/regles-usage.xhtml",             LOGIN, OK, OK, OK, OK, OK, OK);
        // Conventions and partners: the Caf's staff; never the Cnaf (§2), never a partner.
        page("/convention/conventions.xhtml",          LOGIN, OK, OK, OK, REFUS, REFUS, REFUS);
        page("/convention/convention.xhtml",           LOGIN, ABSENT, ABSENT, ABSENT, REFUS, REFUS, REFUS);
        page("/convention/nouvelle-convention.xhtml",  LOGIN, OK, REFUS, REFUS, REFUS, REFUS, REFUS);
        page("/convention/a-verifier.xhtml",           LOGIN, REFUS, OK, REFUS, REFUS, REFUS, REFUS);
        page("/convention/partenaires.xhtml",          LOGIN, OK, OK, OK, REFUS, REFUS, REFUS);
        // Without ?id=, the form of a new partner: the administrateur Caf only.
        page("/convention/partenaire.xhtml",           LOGIN, OK, REFUS, REFUS, REFUS, REFUS, REFUS);
        // Habilitations: the partner's managers; the Caf's administrateur (R-HAB-7).
        page("/habilitation/caf.xhtml",                LOGIN, OK, REFUS, REFUS, REFUS, REFUS, REFUS);
        // The Caf's administrateur opens them with ?organisme= of a partner it manages (R-HAB-7), not bare.
        page("/habilitation/groupes.xhtml",            LOGIN, REFUS, REFUS, REFUS, REFUS, REFUS, OK);
        page("/habilitation/utilisateurs.xhtml",       LOGIN, REFUS, REFUS, REFUS, REFUS, REFUS, OK);
        page("/habilitation/utilisateur.xhtml",        LOGIN, ABSENT, REFUS, REFUS, REFUS, REFUS, ABSENT);
        page("/habilitation/import-utilisateurs.xhtml", LOGIN, OK, REFUS, REFUS, REFUS, REFUS, OK);
        page("/habilitation/revue-habilitations.xhtml", LOGIN, REFUS, REFUS, REFUS, REFUS, REFUS, REFUS);
        page("/habilitation/revue-campagne.xhtml",     LOGIN, OK, REFUS, OK, REFUS, REFUS, REFUS);
        // CDAP: the habilitated partner's users; the matrix, the Caf's administrateur (R-CDAP-7).
        page("/cdap/consultation.xhtml",               LOGIN, REFUS, REFUS, REFUS, REFUS, OK, REFUS);
        page("/cdap/matrice.xhtml",                    LOGIN, OK, REFUS, REFUS, REFUS, REFUS, REFUS);
        page("/incident/mes-incidents.xhtml",          LOGIN, REFUS, REFUS, REFUS, REFUS, REFUS, OK);
        page("/incident/guichet.xhtml",                LOGIN, OK, REFUS, OK, REFUS, REFUS, REFUS);
        page("/incident/maintenance.xhtml",            LOGIN, OK, REFUS, REFUS, REFUS, REFUS, REFUS);
        page("/trace/traces.xhtml",                    LOGIN, REFUS, REFUS, OK, REFUS, REFUS, REFUS);
        page("/navigateur-non-pris-en-charge.xhtml",   OK, OK, OK, OK, OK, OK, OK);
        page("/accessibilite.xhtml",                   OK, OK, OK, OK, OK, OK, OK);
        // AFAS: the partner's AFAS users (none among these roles); the Caf's administrateur records équipements.
        page("/afas/declarations.xhtml",               LOGIN, REFUS, REFUS, REFUS, REFUS, REFUS, REFUS);
        page("/afas/declaration.xhtml",                LOGIN, REFUS, REFUS, REFUS, REFUS, REFUS, REFUS);
        page("/afas/equipements.xhtml",                LOGIN, OK, REFUS, REFUS, REFUS, REFUS, REFUS);
        page("/afas/statistiques.xhtml",               LOGIN, REFUS, REFUS, REFUS, REFUS, REFUS, REFUS);
        // R-AFAS-4: the Caf's administrateur sets the thresholds of his Caf's controls.
        page("/afas/controles.xhtml",                  LOGIN, OK, REFUS, REFUS, REFUS, REFUS, REFUS);
        // R-AFAS-5, R-AFAS-7: the Caf's back office and campaigns, read by its administrateur and superviseur (the demo's
        // gestionnaire AFAS is not a column); a declaration page without an id is not found.
        page("/afas/instruction.xhtml",                LOGIN, OK, REFUS, OK, REFUS, REFUS, REFUS);
        page("/afas/dossier.xhtml",                    LOGIN, ABSENT, REFUS, ABSENT, REFUS, REFUS, REFUS);
        page("/afas/campagnes.xhtml",                  LOGIN, OK, REFUS, OK, REFUS, REFUS, REFUS);
        // R-HAB-13: the feed of changes, for the gestionnaire AFAS (not a column) and the superviseur; not the administrateur.
        page("/afas/changements.xhtml",                LOGIN, REFUS, REFUS, OK, REFUS, REFUS, REFUS);
        // Tableau de bord: the Caf's staff read as Agent CAF, the Cnaf agent as Agent CNAF and loads the files.
        page("/tableaudebord/offre.xhtml",             LOGIN, OK, OK, OK, OK, REFUS, REFUS);
        page("/tableaudebord/elisa.xhtml",             LOGIN, OK, OK, OK, OK, REFUS, REFUS);
        page("/tableaudebord/comparaison.xhtml",       LOGIN, OK, OK, OK, OK, REFUS, REFUS);
        page("/tableaudebord/import.xhtml",            LOGIN, REFUS, REFUS, REFUS, OK, REFUS, REFUS);
        // Supervision (R-TDB-2): the Caf's administrateur and superviseur, the Cnaf; alerts (R-TDB-7): the superviseur
        // (and an administrateur partenaire, not among these columns).
        page("/tableaudebord/supervision.xhtml",       LOGIN, OK, REFUS, OK, OK, REFUS, REFUS);
        page("/tableaudebord/alertes.xhtml",           LOGIN, REFUS, REFUS, OK, REFUS, REFUS, REFUS);

        api("GET /version", "",                        OK, OK, OK, OK, OK, OK, OK);
        api("GET /organismes", "?caf=271",             NON_AUTH, OK, OK, OK, REFUS, REFUS, REFUS);
        api("GET /traces/verification", "",            NON_AUTH, OK, REFUS, OK, REFUS, REFUS, REFUS);
        // The T2 user may ask (422: no file 1 in the demo base, R-CDAP-1); nobody else may.
        api("GET /cdap/dossiers/{caf}/{numero}/synthese", "?profil=T2", NON_AUTH, REFUS, REFUS, REFUS, REFUS, REGLE, REFUS);
        // AFAS (R-AFAS-9): the partner's AFAS users, and the Caf's administrateur who records équipements (shiro.ini);
        // for him no déclaration 1 exists (422) and a body is required (415).
        api("GET /afas/equipements", "",               NON_AUTH, OK, REFUS, REFUS, REFUS, REFUS, REFUS);
        api("GET /afas/equipements/{id}/declarations", "", NON_AUTH, REGLE, REFUS, REFUS, REFUS, REFUS, REFUS);
        api("POST /afas/equipements/{id}/declarations", "", NON_AUTH, 415, REFUS, REFUS, REFUS, REFUS, REFUS);
        api("GET /afas/declarations/{id}", "",         NON_AUTH, REGLE, REFUS, REFUS, REFUS, REFUS, REFUS);
        api("PUT /afas/declarations/{id}/activite", "", NON_AUTH, 415, REFUS, REFUS, REFUS, REFUS, REFUS);
        api("PUT /afas/declarations/{id}/finances", "", NON_AUTH, 415, REFUS, REFUS, REFUS, REFUS, REFUS);
        api("POST /afas/declarations/{id}/justifications", "", NON_AUTH, 415, REFUS, REFUS, REFUS, REFUS, REFUS);
        api("POST /afas/declarations/{id}/soumission", "", NON_AUTH, REGLE, REFUS, REFUS, REFUS, REFUS, REFUS);
        api("POST /afas/declarations/{id}/transmission", "", NON_AUTH, REGLE, REFUS, REFUS, REFUS, REFUS, REFUS);
        api("POST /afas/declarations/{id}/renvoi", "", NON_AUTH, 415, REFUS, REFUS, REFUS, REFUS, REFUS);
        // Tableau de bord (R-TDB-1, R-TDB-4): Agent CAF for the Caf's staff, Agent CNAF; partners without a profile refused.
        api("GET /tableau-de-bord/offre", "",          NON_AUTH, OK, OK, OK, OK, REFUS, REFUS);
        api("GET /tableau-de-bord/tableaux/{theme}", "?millesime=FR2&mois=2026-06&niveau=NATIONAL&regime=CNAF",
                                                       NON_AUTH, OK, OK, OK, OK, REFUS, REFUS);
        api("GET /tableau-de-bord/comparaisons/{theme}", "?mois=2026-06&niveau=NATIONAL&regime=CNAF",
                                                       NON_AUTH, OK, OK, OK, OK, REFUS, REFUS);
        // An empty file is refused by R-TDB-6 (422), nothing loaded.
        api("POST /tableau-de-bord/imports", "?millesime=FR2&mois=2026-06", NON_AUTH, REFUS, REFUS, REFUS, REGLE, REFUS, REFUS);
        api("GET /tableau-de-bord/supervision", "",   NON_AUTH, OK, REFUS, OK, OK, REFUS, REFUS);
        api("GET /tableau-de-bord/supervision/alertes", "", NON_AUTH, REFUS, REFUS, OK, REFUS, REFUS, REFUS);
        api("GET /tableau-de-bord/supervision/seuils/{caf}", "", NON_AUTH, OK, REFUS, OK, REFUS, REFUS, REFUS);
        // No body: the thresholds are missing, R-TDB-7 (422) for the Caf's administrateur and superviseur.
        api("PUT /tableau-de-bord/supervision/seuils/{caf}", "", NON_AUTH, REGLE, REFUS, REGLE, REFUS, REFUS, REFUS);
        // Development only: absent from a server without the embedded mail server / the diagnostic flag.
        api("GET /developpement/courriels", "",        ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT);
        api("GET /developpement/session", "",          ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT);
        api("POST /developpement/action-tracee", "",   ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT);
    }

    private static void page(String chemin, int... attendus) {
        PAGES.put(chemin, ligne(chemin, attendus));
    }

    private static void api(String operation, String requete, int... attendus) {
        API.put(operation, ligne(operation, attendus));
        REQUETES.put(operation, requete);
    }

    private static int[] ligne(String cle, int[] attendus) {
        if (attendus.length != Qui.values().length) {
            throw new IllegalStateException(cle + " : une colonne par visiteur (" + Qui.values().length + ")");
        }
        return attendus;
    }

    /** A path parameter's value in the matrix: the demo Caf, a demo file; anything else "1". */
    static String valeurDe(String parametre) {
        return switch (parametre) {
            case "caf" -> "271";
            case "numero" -> "1";
            case "theme" -> "PERSONNES_COUVERTES";
            default -> "1";
        };
    }

    @Test
    @RunAsClient
    @DisplayName("Issue 19, §2, R-TRACE-1 : chaque page et chaque opération de l'API, trouvées dans les sources, répondent à chaque rôle ce que dit la table")
    void matrice() {
        Map<String, Set<String>> pages = Map.copyOf(InventaireWeb.pages().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))));
        List<InventaireWeb.Operation> operations = InventaireWeb.operations();
        assertTrue(pages.size() > 20 && pages.containsKey("/convention/partenaires.xhtml"), "pages trouvées : " + pages.keySet());
        assertTrue(operations.stream().anyMatch(o -> o.cle().equals("GET /organismes")), "opérations trouvées : " + operations);

        List<String> ecarts = new ArrayList<>();
        pages.keySet().stream().filter(p -> !PAGES.containsKey(p)).sorted()
                .forEach(p -> ecarts.add("page sans règle dans la table : " + p));
        operations.stream().filter(o -> !API.containsKey(o.cle()))
                .forEach(o -> ecarts.add("opération de l'API sans règle dans la table : " + o.cle()));

        boolean demo = "h2".equals(System.getProperty("arquillian.launch", "h2"));
        Map<Qui, ClientPortail> visiteurs = new EnumMap<>(Qui.class);
        for (Qui qui : Qui.values()) {
            if (qui == Qui.ANONYME || demo) {
                visiteurs.put(qui, qui == Qui.ANONYME ? ClientPortail.anonyme()
                        : ClientPortail.connecte(qui.identifiant, DonneesDemo.MOT_DE_PASSE_DEMO));
            }
        }
        for (String page : new java.util.TreeSet<>(pages.keySet())) {
            int[] attendus = PAGES.get(page);
            visiteurs.forEach((qui, client) -> {
                HttpResponse<String> reponse = client.get(page);
                verifier(ecarts, qui + " " + page, attendus == null ? null : attendus[qui.ordinal()], reponse);
                verifierCache(ecarts, qui + " " + page, reponse);
            });
        }
        for (InventaireWeb.Operation operation : operations) {
            int[] attendus = API.get(operation.cle());
            String chemin = operation.chemin();
            for (String p : operation.parametresDeChemin()) {
                chemin = chemin.replaceFirst("\\{" + p + "(:[^}]*)?}", valeurDe(p));
            }
            String adresse = chemin + REQUETES.getOrDefault(operation.cle(), "");
            visiteurs.forEach((qui, client) -> {
                HttpResponse<String> reponse = client.api(operation.verbe(), adresse, null, null);
                verifier(ecarts, qui + " " + operation.verbe() + " /api" + adresse,
                        attendus == null ? null : attendus[qui.ordinal()], reponse);
                verifierCache(ecarts, qui + " " + operation.verbe() + " /api" + adresse, reponse);
                if (reponse.statusCode() >= 400) {
                    String type = reponse.headers().firstValue("Content-Type").orElse("");
                    if (!type.startsWith("application/problem+json")) {
                        ecarts.add(qui + " " + operation.cle() + " : erreur sans application/problem+json (" + type + ")");
                    }
                }
            });
        }
        if (!ecarts.isEmpty()) {
            fail(ecarts.size() + " écart(s) à la table des autorisations :\n" + String.join("\n", ecarts));
        }
    }

    /**
     * §2: nothing the portal computes is kept by a browser or a proxy — a page, a refusal, an API
     * answer: {@code no-store}, with {@code Pragma} and {@code Expires} for old proxies. The one
     * exception is the dashboards' aggregates (R-TDB-1): {@code private, no-cache} with an ETag, so
     * the browser revalidates them and no shared cache keeps them.
     */
    private static void verifierCache(List<String> ecarts, String quoi, HttpResponse<String> reponse) {
        String cache = reponse.headers().firstValue("Cache-Control").orElse("");
        boolean jamaisGarde = cache.contains("no-store") && "no-cache".equals(reponse.headers().firstValue("Pragma").orElse(""))
                && "0".equals(reponse.headers().firstValue("Expires").orElse(""));
        boolean revalide = cache.contains("private") && cache.contains("no-cache") && reponse.headers().firstValue("ETag").isPresent();
        if (!jamaisGarde && !revalide) {
            ecarts.add(quoi + " : mis en cache (Cache-Control « " + cache + " », Pragma « "
                    + reponse.headers().firstValue("Pragma").orElse("") + " »)");
        }
    }

    @Test
    @RunAsClient
    @DisplayName("Issue 19, §2 : les ressources statiques gardent leur long cache, le reste jamais")
    void ressourcesStatiques() {
        ClientPortail anonyme = ClientPortail.anonyme();
        String page = anonyme.get("/login.xhtml").body();
        java.util.regex.Matcher feuille = java.util.regex.Pattern.compile("href=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+\\.css[^\"]*)\"").matcher(page);
        assertTrue(feuille.find(), "une feuille de style servie par Faces sur la page de connexion");
        String chemin = feuille.group(1).replace("&amp;", "&").substring(feuille.group(1).indexOf("/jakarta.faces.resource/"));
        HttpResponse<String> ressource = anonyme.get(chemin);
        assertEquals(200, ressource.statusCode(), chemin);
        assertFalse(ressource.headers().firstValue("Cache-Control").orElse("").contains("no-store"), chemin + " " + ressource.headers().map());
    }

    /**
     * In the server, because the setting is read on each request: with {@code eden.cookie.secure} on
     * (the portal behind HTTPS), HSTS on every answer and the Secure flag on the cookies the libraries
     * write — here Faces' flash cookie, which keeps « Votre page a expiré » across the redirect of an
     * expired view (an anonymous page, so it runs on both databases).
     */
    @Test
    @DisplayName("Issue 19, §2 : derrière HTTPS (eden.cookie.secure), HSTS et le cookie du flash de Faces marqué Secure")
    void derriereHttps() throws Exception {
        String avant = System.getProperty("eden.cookie.secure");
        System.setProperty("eden.cookie.secure", "true");
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
            String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
            HttpResponse<String> expiree = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/accessibilite.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=-42%3A-42")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, expiree.statusCode(), "une vue expirée est rechargée");
            assertEquals("max-age=31536000; includeSubDomains", expiree.headers().firstValue("Strict-Transport-Security").orElse(""));
            List<String> cookies = expiree.headers().allValues("Set-Cookie").stream()
                    .filter(c -> !c.startsWith("JSESSIONID")).toList();
            assertFalse(cookies.isEmpty(), "le cookie du flash de Faces : " + expiree.headers().map());
            cookies.forEach(c -> assertTrue(c.toLowerCase(java.util.Locale.ROOT).contains("; secure"), c));
        } finally {
            if (avant == null) {
                System.clearProperty("eden.cookie.secure");
            } else {
                System.setProperty("eden.cookie.secure", avant);
            }
        }
    }

    /** One cell: the status (302 to the login page told apart from any other 302), never a 5xx. */
    private static void verifier(List<String> ecarts, String quoi, Integer attendu, HttpResponse<String> reponse) {
        int statut = reponse.statusCode();
        String ou = reponse.headers().firstValue("Location").orElse("");
        int lu = statut == 302 && ou.contains("/login.xhtml") ? LOGIN : statut;
        if (statut >= 500) {
            ecarts.add(quoi + " : " + statut + " (jamais de 5xx)");
        } else if (attendu != null && lu != attendu) {
            ecarts.add(quoi + " : " + libelle(lu) + " au lieu de " + libelle(attendu) + (statut == 302 ? " (" + ou + ")" : ""));
        }
    }

    private static String libelle(int statut) {
        return statut == LOGIN ? "302 vers la connexion" : String.valueOf(statut);
    }
}

package org.eden.portail.tableaudebord;

import org.eden.portail.banc.SqlBanc;
import org.eden.portail.banc.SessionBanc;
import org.eden.portail.banc.Mesure;

import org.eden.portail.shared.Entite;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.trace.MigrationsTraces;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

import static org.eden.portail.banc.SqlBanc.executer;
import static org.eden.portail.banc.SqlBanc.id;

/**
 * The Tableau de bord benchmark (issue item 7, docs/mesures.md). Not a test: a command,
 * {@code mvn -o -B -pl ejb -am -Pbanc-tdb test-compile} once {@code ear/target/server} is provisioned.
 * <ol>
 * <li>Creates the PostgreSQL database {@code banc.base} if needed and migrates it with the portal's
 * own migrations; loads the generator's figures (seed {@code banc.graine}) for {@code banc.annees}
 * years from January 2022 in the three vintages — every level, régime and statut — with COPY and
 * their statistical secrecy decided as an import decides it, unless they are already there; writes {@code banc.concurrence} Agent CNAF accounts (the widest
 * scope: every row of every table) BTD000001…</li>
 * <li>Starts the provisioned portal on that database with the port offset {@code banc.decalage}
 * (its own ports), waits for it and for its pass that reads every cube into memory (printed: how many,
 * how long), and logs every account in through the login form (one session each).</li>
 * <li>For {@code banc.duree} seconds per query, the accounts call it concurrently with parameters
 * drawn at random over the whole load (theme, vintage, month, régime and statut): a table at each of the
 * three levels, the comparison of vintages, the offer; then {@code GET /api/version} for as long.
 * Prints requests per second, p50, p95, p99, errors, and each query's throughput as a share of
 * the bare endpoint's.</li>
 * <li>Stops the portal by its process id (and its children).</li>
 * </ol>
 * A benchmark database only: never point {@code banc.base} at a real one (accounts are written there).
 */
public final class BancTableauDeBord {

    private static final File JOURNAL = new File("target/banc-tdb-serveur.log");

    private static final YearMonth DEBUT = YearMonth.of(2022, 1);
    private static final String MOT_DE_PASSE = "Banc#Tdb2026";

    private BancTableauDeBord() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("banc.base", "jdbc:postgresql://127.0.0.1:5432/eden_banc_tdb");
        String utilisateurBase = System.getProperty("banc.base.utilisateur", "postgres");
        String motDePasseBase = System.getProperty("banc.base.motdepasse", "postgres");
        File serveur = new File(System.getProperty("banc.serveur", "ear/target/server"));
        int decalage = Integer.getInteger("banc.decalage", 700);
        int annees = Integer.getInteger("banc.annees", 4);
        long graine = Long.getLong("banc.graine", 2026);
        int concurrence = Integer.getInteger("banc.concurrence", 20);
        int duree = Integer.getInteger("banc.duree", 30);
        int echauffement = Integer.getInteger("banc.echauffement", 20);
        if (!new File(serveur, "bin/standalone.sh").canExecute()) {
            throw new IllegalStateException(serveur + " n'est pas un serveur provisionné : mvn -o -B -pl ear -am package -DskipTests");
        }

        SqlBanc.creerBaseSiAbsente(base, utilisateurBase, motDePasseBase);
        Flyway.configure(Entite.class.getClassLoader()).dataSource(base, utilisateurBase, motDePasseBase)
                .locations("classpath:db/migration").javaMigrations(MigrationsTraces.toutes()).load().migrate();
        List<YearMonth> mois = new ArrayList<>();
        for (int m = 0; m < 12 * annees; m++) {
            mois.add(DEBUT.plusMonths(m));
        }
        List<String> comptes;
        try (Connection c = DriverManager.getConnection(base, utilisateurBase, motDePasseBase)) {
            charger(c, mois, graine);
            comptes = comptes(c, concurrence);
        }

        String url = "http://127.0.0.1:" + (8080 + decalage);
        if (repond(url)) {
            throw new IllegalStateException("Un serveur répond déjà sur " + url + " : arrêtez-le, ou choisissez un autre -Dbanc.decalage");
        }
        Process portail = demarrer(serveur, decalage, base, utilisateurBase, motDePasseBase);
        try {
            attendre(url, portail);
            attendrePrechargement(portail);
            // The JVM is the script's child: kept now, so that it is stopped even if the script ends first.
            List<ProcessHandle> jvm = portail.descendants().toList();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> jvm.forEach(ProcessHandle::destroyForcibly)));
            List<HttpClient> clients = new ArrayList<>();
            for (String compte : comptes) {
                clients.add(SessionBanc.connecter(url, compte, MOT_DE_PASSE));
            }
            System.out.printf(Locale.ROOT, "Banc Tableau de bord : %d agents CNAF, %d mois × 3 millésimes (%s → %s), %d s par requête, %d processeurs, charge %.1f%n",
                    concurrence, mois.size(), mois.get(0), mois.get(mois.size() - 1), duree, Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            List<Requete> requetes = List.of(
                    new Requete("tableau, niveau caisse", a -> tableau(url, a, mois, "CAISSE")),
                    new Requete("tableau, niveau département", a -> tableau(url, a, mois, "DEPARTEMENT")),
                    new Requete("tableau, niveau national", a -> tableau(url, a, mois, "NATIONAL")),
                    new Requete("comparaison FR1→FR2→FR6", a -> comparaison(url, a, mois)),
                    new Requete("offre", a -> URI.create(url + "/api/tableau-de-bord/offre")));
            SessionBanc.mesurer("échauffement (tous)", clients, echauffement, graine("échauffement (tous)"), a -> requetes.get(a.nextInt(requetes.size())).adresse().apply(a));
            List<Mesure> mesures = new ArrayList<>();
            for (Requete r : requetes) {
                mesures.add(SessionBanc.mesurer(r.nom(), clients, duree, graine(r.nom()), r.adresse()));
            }
            Mesure version = SessionBanc.mesurer("/api/version", clients, duree, graine("/api/version"), a -> URI.create(url + "/api/version"));
            imprimer(mesures, version);
        } finally {
            arreter(portail);
        }
    }

    /** Each query its own draws, the same from one run to the next. */
    private static long graine(String requete) {
        return requete.hashCode() * 31L;
    }

    private record Requete(String nom, Function<SplittableRandom, URI> adresse) {
    }

    private static URI tableau(String url, SplittableRandom a, List<YearMonth> mois, String niveau) {
        Theme theme = Theme.values()[a.nextInt(Theme.values().length)];
        Millesime millesime = Millesime.values()[a.nextInt(Millesime.values().length)];
        return URI.create(url + "/api/tableau-de-bord/tableaux/" + theme + "?millesime=" + millesime + "&mois=" + mois.get(a.nextInt(mois.size()))
                + "&niveau=" + niveau + regimeEtStatut(a));
    }

    private static URI comparaison(String url, SplittableRandom a, List<YearMonth> mois) {
        Theme theme = Theme.values()[a.nextInt(Theme.values().length)];
        Niveau niveau = Niveau.values()[a.nextInt(Niveau.values().length)];
        return URI.create(url + "/api/tableau-de-bord/comparaisons/" + theme + "?mois=" + mois.get(a.nextInt(mois.size()))
                + "&niveau=" + niveau + regimeEtStatut(a));
    }

    /** The CNAF three times out of four (its tables are the large ones); for the MSA a statut. */
    private static String regimeEtStatut(SplittableRandom a) {
        return a.nextInt(4) > 0 ? "&regime=CNAF" : "&regime=MSA&statut=" + Statut.values()[a.nextInt(Statut.values().length)];
    }

    /** The generator's figures for every month and vintage not yet there, one COPY and one load row each. */
    private static void charger(Connection c, List<YearMonth> mois, long graine) throws SQLException, IOException {
        c.setAutoCommit(false);
        CopyManager copie = c.unwrap(PGConnection.class).getCopyAPI();
        GenerateurStatistiques generateur = new GenerateurStatistiques(graine);
        long debut = System.nanoTime();
        long lignes = 0;
        int charges = 0;
        for (YearMonth m : mois) {
            for (Millesime millesime : Millesime.values()) {
                try (PreparedStatement existe = c.prepareStatement("SELECT 1 FROM tdb_chargement WHERE millesime = ? AND mois = ? AND seuil_secret = ?")) {
                    existe.setString(1, millesime.name());
                    existe.setDate(2, java.sql.Date.valueOf(m.atDay(1)));
                    existe.setInt(3, SecretStatistique.seuil());
                    try (ResultSet r = existe.executeQuery()) {
                        if (r.next()) {
                            continue;
                        }
                    }
                }
                // A month loaded without its secrecy (or under another threshold) is loaded again, as an import would.
                for (String table : List.of("tdb_statistique", "tdb_chargement")) {
                    executer(c, "DELETE FROM " + table + " WHERE millesime = ? AND mois = ?", millesime.name(), java.sql.Date.valueOf(m.atDay(1)));
                }
                List<Statistique> figures = generateur.generer(millesime, m);
                java.util.Set<String> secrets = SecretStatistique.secretsDuChargement(figures, SecretStatistique.seuil());
                StringBuilder texte = new StringBuilder(figures.size() * 80);
                for (Statistique s : figures) {
                    texte.append(s.millesime()).append('\t').append(m.atDay(1)).append('\t').append(s.theme()).append('\t').append(s.regime())
                            .append('\t').append(s.statut()).append('\t').append(s.niveau()).append('\t').append(s.code()).append('\t')
                            .append(s.indicateur()).append('\t').append(s.valeur().toPlainString()).append('\t').append(s.foyers())
                            .append('\t').append(secrets.contains(s.cle())).append('\n');
                }
                copie.copyIn("COPY tdb_statistique (millesime, mois, theme, regime, statut, niveau, code, indicateur, valeur, foyers, secret) FROM STDIN",
                        new StringReader(texte.toString()));
                try (PreparedStatement trace = c.prepareStatement("INSERT INTO tdb_chargement (millesime, mois, lignes, charge_le, charge_par, source, seuil_secret)"
                        + " VALUES (?, ?, ?, ?, 'BANC', ?, ?)")) {
                    trace.setString(1, millesime.name());
                    trace.setDate(2, java.sql.Date.valueOf(m.atDay(1)));
                    trace.setInt(3, figures.size());
                    trace.setTimestamp(4, Timestamp.from(Instant.now()));
                    trace.setString(5, "banc, graine " + graine);
                    trace.setInt(6, SecretStatistique.seuil());
                    trace.executeUpdate();
                }
                c.commit();
                lignes += figures.size();
                charges++;
            }
        }
        c.setAutoCommit(true);
        if (charges > 0) {
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE tdb_statistique");
                s.execute("ANALYZE tdb_chargement");
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*), pg_size_pretty(pg_total_relation_size('tdb_statistique')) FROM tdb_statistique")) {
            r.next();
            System.out.printf(Locale.ROOT, "Statistiques : %d millésimes-mois chargés maintenant (%,d valeurs en %.0f s) ; %,d valeurs dans la base (%s).%n",
                    charges, lignes, (System.nanoTime() - debut) / 1e9, r.getLong(1), r.getString(2));
        }
    }

    /** The benchmark's Agent CNAF accounts, written once (as the identity services would leave them). */
    private static List<String> comptes(Connection c, int nombre) throws SQLException {
        List<String> identifiants = new ArrayList<>();
        String hash = null;
        c.setAutoCommit(false);
        for (int i = 1; i <= nombre; i++) {
            String identifiant = String.format("BTD%06d", i);
            identifiants.add(identifiant);
            try (PreparedStatement existe = c.prepareStatement("SELECT 1 FROM utilisateur WHERE identifiant = ?")) {
                existe.setString(1, identifiant);
                try (ResultSet r = existe.executeQuery()) {
                    if (r.next()) {
                        continue;
                    }
                }
            }
            hash = hash == null ? HachageMotDePasse.hacher(MOT_DE_PASSE) : hash;
            Timestamp maintenant = Timestamp.from(Instant.now());
            long id = id(c);
            executer(c, "INSERT INTO utilisateur (id, version, identifiant, nom, prenom, email, mot_de_passe_hash, statut, cree_le,"
                    + " mot_de_passe_change_le, regles_usage_version) VALUES (?, 0, ?, 'Banc', 'Tableau', ?, ?, 'ACTIF', ?, ?, '2026-1')",
                    id, identifiant, identifiant.toLowerCase(Locale.ROOT) + "@banc.cnaf.test", hash, maintenant, maintenant);
            executer(c, "INSERT INTO utilisateur_role_caf (utilisateur_id, role) VALUES (?, 'AGENT_CNAF')", id);
            executer(c, "INSERT INTO acceptation_regles_usage (id, version, utilisateur_id, regles_version, acceptees_le) VALUES (?, 0, ?, '2026-1', ?)",
                    id(c), id, maintenant);
        }
        c.commit();
        c.setAutoCommit(true);
        return identifiants;
    }

    private static Process demarrer(File serveur, int decalage, String base, String utilisateur, String motDePasse) throws IOException {
        File journal = JOURNAL;
        ProcessBuilder pb = new ProcessBuilder(new File(serveur, "bin/standalone.sh").getAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + decalage, "-Deden.db.driver=postgresql", "-Deden.db.url=" + base,
                "-Deden.db.user=" + utilisateur, "-Deden.db.password=" + motDePasse, "-Deden.smtp.port=" + (3025 + decalage))
                .redirectErrorStream(true).redirectOutput(journal);
        Process portail = pb.start();
        System.out.printf("Portail démarré (pid %d, ports +%d, journal %s)%n", portail.pid(), decalage, journal.getAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> arreter(portail)));
        return portail;
    }

    private static boolean repond(String url) throws InterruptedException {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            client.send(HttpRequest.newBuilder(URI.create(url + "/api/version")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException personne) {
            return false;
        }
    }

    private static void attendre(String url, Process portail) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long limite = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < limite) {
            if (!portail.isAlive()) {
                throw new IllegalStateException("Le portail s'est arrêté : voyez target/banc-tdb-serveur.log");
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url + "/api/version")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException pasEncore) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("Le portail ne répond pas après 5 minutes : voyez target/banc-tdb-serveur.log");
    }

    /**
     * Waits for the portal's own pass that reads every cube into memory after its start
     * (PrechargementCubes): what is measured is then a portal in its steady state, not one that reads
     * each cube for its first caller (that cost is the pass's, printed with it).
     */
    private static void attendrePrechargement(Process portail) throws IOException, InterruptedException {
        long limite = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < limite) {
            if (!portail.isAlive()) {
                throw new IllegalStateException("Le portail s'est arrêté : voyez " + JOURNAL);
            }
            java.util.Optional<String> ligne = java.nio.file.Files.readAllLines(JOURNAL.toPath(), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("cubes lus en mémoire")).findFirst();
            if (ligne.isPresent()) {
                System.out.println("Préchargement : " + ligne.get().substring(ligne.get().indexOf("Tableau de bord")));
                return;
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("Le préchargement des cubes n'a pas fini en 10 minutes : voyez " + JOURNAL);
    }

    /** Stops the portal by its process id: the script's children (the JVM) first, then the script. */
    private static void arreter(Process portail) {
        if (!portail.isAlive()) {
            return;
        }
        portail.descendants().forEach(ProcessHandle::destroy);
        portail.destroy();
        try {
            if (!portail.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS).descendants().findAny().isEmpty()) {
                portail.descendants().forEach(ProcessHandle::destroyForcibly);
            }
        } catch (Exception e) {
            portail.descendants().forEach(ProcessHandle::destroyForcibly);
            portail.destroyForcibly();
        }
        System.out.printf("Portail arrêté (pid %d)%n", portail.pid());
    }

    private static void imprimer(List<Mesure> mesures, Mesure version) {
        System.out.println();
        System.out.println("| requête (20 appelants) | requêtes | erreurs | par seconde | p50 ms | p95 ms | p99 ms | débit / version |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Mesure m : mesures) {
            ligne(m, m.parSeconde() / version.parSeconde());
        }
        ligne(version, 1);
        System.out.println();
        for (Mesure m : mesures) {
            System.out.printf(Locale.ROOT, "  %-28s p95 %s 200 ms ; débit %s 0,5 × /api/version%n", m.nom(),
                    m.p95() < 200 ? "<" : "≥ (CIBLE MANQUÉE)", m.parSeconde() >= 0.5 * version.parSeconde() ? "≥" : "< (CIBLE MANQUÉE)");
        }
    }

    private static void ligne(Mesure m, double rapport) {
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.2f |%n",
                m.nom(), m.operations(), m.erreurs(), m.parSeconde(), m.p50(), m.p95(), m.p99(), rapport);
    }

}

package org.eden.portail.trace.banc;

import org.eden.portail.trace.FiltreTraces;
import org.eden.portail.trace.PorteeLecture;
import org.eden.portail.trace.RequeteTraces;
import org.eden.portail.trace.ResultatTrace;
import org.eden.portail.trace.TriTraces;
import org.eden.portail.trace.PartitionsTraces;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of the trace reading screen (R-TRACE-4, issue item 5). Not a test: run by hand with
 * {@code mvn -B -o -pl persistence -Pbanc-traces test} (see README "Traces").
 * <ol>
 * <li>Creates (if needed) a PostgreSQL database and migrates it with the portal's own Flyway
 * migrations: the trace table, its indexes (V4, V8) and its append-only trigger are production's.</li>
 * <li>Fills it with {@code banc.traces} traces (10 million by default) in one {@code INSERT … SELECT
 * generate_series}, the indexes dropped during the load and recreated from the migrations' own
 * {@code CREATE INDEX} statements; then VACUUM ANALYZE. Distribution: 100 Cafs, 5,000 partners
 * (skewed: the largest Caf holds ~5 % of the rows), 20 users each plus Caf agents, 16 action codes
 * with realistic weights, 95 % successes, 4 % failures, 1 % refusals, over the last 182 days.
 * The hash columns are filler: the chain is not what is measured.</li>
 * <li>Runs the reading screen's queries — {@link RequeteTraces}, the very SQL the service runs —
 * for several filter combinations, each time a count and a page of 50, on scopes drawn at random,
 * and prints p50 / p95 / max per combination.</li>
 * </ol>
 * A database already holding the requested number of traces is reused (no reload).
 */
public final class BancLectureTraces {

    static final String[] ACTIONS = {"CONNEXION", "OUVERTURE_SESSION", "DECONNEXION", "CONSULTATION_DOSSIER_CDAP",
            "CONSULTATION_DOSSIER_CDAP", "CONSULTATION_DOSSIER_CDAP", "CONSULTATION_DOSSIER_CDAP", "CONNEXION",
            "OUVERTURE_SESSION", "DECLARATION_AFAS", "CONSULTATION_TABLEAU_DE_BORD", "CREATION_HABILITATION",
            "SUSPENSION", "CHANGEMENT_MOT_DE_PASSE", "LECTURE_TRACES", "CONSULTATION_CONVENTION"};
    static final int CAFS = 100;
    static final int ORGANISMES = 5000;
    static final int UTILISATEURS_PAR_ORGANISME = 20;
    static final int PAGE = 50;

    private BancLectureTraces() {
    }

    public static void main(String[] args) throws Exception {
        BaseBanc base = BaseBanc.depuisProprietes("jdbc:postgresql://127.0.0.1:5432/eden_banc_traces");
        long nombre = Long.getLong("banc.traces", 10_000_000L);
        int iterations = Integer.getInteger("banc.iterations", 40);

        base.preparer(false);

        try (Connection c = base.connexion()) {
            long presentes = compter(c);
            if (presentes != nombre) {
                charger(c, nombre);
            } else {
                System.out.printf(Locale.ROOT, "%,d traces déjà présentes : pas de rechargement.%n", presentes);
            }
            mesurer(c, iterations);
        }
    }


    private static long compter(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM trace")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The CREATE INDEX statements on the trace table, read from the migrations themselves. */
    static List<String[]> indexDesMigrations() throws IOException {
        List<String[]> index = new ArrayList<>();
        Pattern creation = Pattern.compile("CREATE INDEX (\\w+) ON trace \\([^)]*\\);");
        for (String migration : List.of("V4__traces.sql", "V8__lecture_traces_incidents.sql")) {
            try (InputStream in = BancLectureTraces.class.getResourceAsStream("/db/migration/" + migration)) {
                Matcher m = creation.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    index.add(new String[]{m.group(1), m.group().replace(";", "")});
                }
            }
        }
        return index;
    }

    private static void charger(Connection c, long nombre) throws Exception {
        List<String[]> index = indexDesMigrations();
        long debut = System.nanoTime();
        try (Statement s = c.createStatement()) {
            // TRUNCATE is what the schema forbids outside the purge: the benchmark's own database
            // is emptied by the purge's door (transaction-local eden.purge), then filled.
            c.setAutoCommit(false);
            s.execute("SELECT set_config('eden.purge', 'on', true)");
            s.execute("DELETE FROM trace");
            c.commit();
            c.setAutoCommit(true);
            // One partition per month of the 182 days (PostgreSQL, V25), as the portal keeps them,
            // rather than everything in the default partition.
            java.time.YearMonth dernier = PartitionsTraces.mois(Instant.now());
            List<java.time.YearMonth> mois = new ArrayList<>();
            for (java.time.YearMonth m = dernier.minusMonths(7); !m.isAfter(dernier); m = m.plusMonths(1)) {
                mois.add(m);
            }
            PartitionsTraces.assurer(c, mois.toArray(java.time.YearMonth[]::new));
            for (String[] i : index) {
                s.execute("DROP INDEX IF EXISTS " + i[0]);
            }
            String actions = "ARRAY['" + String.join("','", ACTIONS) + "']";
            String sql = """
                    INSERT INTO trace (id, rang, horodatage, identifiant, organisme_id, code_caf, profil, action, cible_type, cible_id,
                                       resultat, detail, ip, session_hash, hash_precedent, hash)
                    SELECT g, g,
                           now() - (random() * interval '182 days'),
                           CASE WHEN agent THEN 'AGT' || lpad(caf::text, 3, '0') || lpad(mod(g, 10)::text, 3, '0')
                                ELSE 'U' || lpad(org::text, 5, '0') || lpad(mod(g, %d)::text, 3, '0') END,
                           CASE WHEN agent THEN NULL ELSE org END,
                           lpad(caf::text, 3, '0'),
                           CASE WHEN agent THEN 'SUPERVISEUR_CAF' ELSE 'PARTENAIRE' END,
                           act,
                           CASE WHEN act LIKE 'CONSULTATION_DOSSIER%%' THEN 'ALLOCATAIRE' ELSE 'UTILISATEUR' END,
                           CASE WHEN act LIKE 'CONSULTATION_DOSSIER%%' THEN mod(g, 2000000)::text ELSE 'U' || lpad(org::text, 5, '0') END,
                           CASE WHEN r < 0.95 THEN 'SUCCES' WHEN r < 0.99 THEN 'ECHEC' ELSE 'REFUS' END,
                           NULL,
                           '10.' || mod(org, 250) || '.' || mod(g, 250) || '.' || mod(g, 7),
                           lpad(to_hex(g / 40), 64, 'a'),
                           lpad(to_hex(g - 1), 64, '0'),
                           lpad(to_hex(g), 64, '0')
                    FROM (SELECT g, o AS org, o / %d + 1 AS caf, random() < 0.03 AS agent, random() AS r,
                                 (%s)[1 + floor(random() * %d)::int] AS act
                          FROM (SELECT g, floor(power(random(), 1.5) * %d)::int AS o FROM generate_series(1, %d) AS g) AS tirage) AS t
                    """.formatted(UTILISATEURS_PAR_ORGANISME, ORGANISMES / CAFS, actions, ACTIONS.length, ORGANISMES, nombre);
            s.execute(sql);
            s.execute("UPDATE trace_tete SET dernier_rang = " + nombre);
            System.out.printf(Locale.ROOT, "%,d traces insérées en %.1f s%n", nombre, secondes(debut));
            for (String[] i : index) {
                long t = System.nanoTime();
                s.execute(i[1]);
                System.out.printf(Locale.ROOT, "  %s recréé en %.1f s%n", i[0], secondes(t));
            }
            long t = System.nanoTime();
            s.execute("VACUUM ANALYZE trace");
            System.out.printf(Locale.ROOT, "VACUUM ANALYZE en %.1f s ; chargement total %.1f s%n", secondes(t), secondes(debut));
        }
    }

    private record Cas(String nom, Function<Random, PorteeLecture> portee, Function<Random, FiltreTraces> filtre, int debut) {
    }

    private static void mesurer(Connection c, int iterations) throws SQLException {
        Instant maintenant = Instant.now();
        Function<Random, PorteeLecture> organisme = r -> PorteeLecture.organisme((long) Math.floor(Math.pow(r.nextDouble(), 1.5) * ORGANISMES));
        Function<Random, PorteeLecture> caf = r -> PorteeLecture.caf(String.format("%03d", 1 + r.nextInt(CAFS)));
        Function<Random, PorteeLecture> grandeCaf = r -> PorteeLecture.caf("001");
        List<Cas> cas = List.of(
                new Cas("organisme, sans filtre", organisme, r -> new FiltreTraces(), 0),
                new Cas("organisme + action", organisme, r -> action(r), 0),
                new Cas("organisme + utilisateur", organisme, r -> null, 0),
                new Cas("Caf, sans filtre", caf, r -> new FiltreTraces(), 0),
                new Cas("Caf, 10e page", caf, r -> new FiltreTraces(), 450),
                new Cas("Caf + 7 derniers jours", caf, r -> periode(maintenant, 7), 0),
                new Cas("Caf + action + 30 jours", caf, r -> {
                    FiltreTraces f = action(r);
                    f.setDu(maintenant.minus(30, ChronoUnit.DAYS));
                    return f;
                }, 0),
                new Cas("Caf + résultat REFUS", caf, r -> {
                    FiltreTraces f = new FiltreTraces();
                    f.setResultat(ResultatTrace.REFUS);
                    return f;
                }, 0),
                new Cas("Caf + cible (dossier)", caf, r -> {
                    FiltreTraces f = new FiltreTraces();
                    f.setCibleType("ALLOCATAIRE");
                    f.setCibleId(String.valueOf(r.nextInt(2_000_000)));
                    return f;
                }, 0),
                new Cas("plus grande Caf, sans filtre", grandeCaf, r -> new FiltreTraces(), 0),
                new Cas("plus grande Caf + action + 7 jours", grandeCaf, r -> {
                    FiltreTraces f = action(r);
                    f.setDu(maintenant.minus(7, ChronoUnit.DAYS));
                    return f;
                }, 0));

        System.out.printf(Locale.ROOT, "%nRequêtes de l'écran Traces (compte + page de %d), %d tirages par cas, en ms :%n", PAGE, iterations);
        System.out.printf(Locale.ROOT, "%-36s %10s %8s %8s %8s%n", "cas", "lignes moy", "p50", "p95", "max");
        Random hasard = new Random(20261124L);
        List<Double> toutes = new ArrayList<>();
        Map<String, double[]> resultats = new LinkedHashMap<>();
        for (Cas un : cas) {
            List<Double> durees = new ArrayList<>();
            long lignes = 0;
            for (int i = 0; i < iterations + 3; i++) {
                PorteeLecture portee = un.portee().apply(hasard);
                FiltreTraces filtre = un.filtre().apply(hasard);
                if (filtre == null) {
                    filtre = utilisateurDe(portee, hasard);
                }
                RequeteTraces requete = RequeteTraces.de(portee, filtre);
                long t = System.nanoTime();
                long total = compte(c, requete);
                page(c, requete, un.debut());
                double ms = (System.nanoTime() - t) / 1e6;
                if (i >= 3) { // the first three warm the caches and the plans
                    durees.add(ms);
                    lignes += total;
                }
            }
            toutes.addAll(durees);
            double[] q = quantiles(durees);
            resultats.put(un.nom(), q);
            System.out.printf(Locale.ROOT, "%-36s %,10d %8.1f %8.1f %8.1f%n", un.nom(), lignes / iterations, q[0], q[1], q[2]);
        }
        double[] q = quantiles(toutes);
        System.out.printf(Locale.ROOT, "%-36s %10s %8.1f %8.1f %8.1f%n", "ensemble", "", q[0], q[1], q[2]);
        System.out.printf(Locale.ROOT, "Objectif : p95 < 300 ms pour une page filtrée de 50 lignes.%n");
    }

    private static FiltreTraces action(Random r) {
        FiltreTraces f = new FiltreTraces();
        f.setAction(ACTIONS[r.nextInt(ACTIONS.length)]);
        return f;
    }

    private static FiltreTraces periode(Instant maintenant, int jours) {
        FiltreTraces f = new FiltreTraces();
        f.setDu(maintenant.minus(jours, ChronoUnit.DAYS));
        return f;
    }

    private static FiltreTraces utilisateurDe(PorteeLecture portee, Random r) {
        FiltreTraces f = new FiltreTraces();
        f.setIdentifiant("U" + String.format("%05d", portee.organismeId()) + String.format("%03d", r.nextInt(UTILISATEURS_PAR_ORGANISME)));
        return f;
    }

    private static int lier(PreparedStatement sql, RequeteTraces requete) throws SQLException {
        int i = 1;
        for (Object valeur : requete.parametres()) {
            sql.setObject(i++, valeur);
        }
        return i;
    }

    private static long compte(Connection c, RequeteTraces requete) throws SQLException {
        try (PreparedStatement sql = c.prepareStatement(requete.sqlCompte())) {
            lier(sql, requete);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int page(Connection c, RequeteTraces requete, int debut) throws SQLException {
        try (PreparedStatement sql = c.prepareStatement(requete.sqlPage(TriTraces.HORODATAGE, false))) {
            int i = lier(sql, requete);
            sql.setInt(i++, debut);
            sql.setInt(i, PAGE);
            int n = 0;
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static double[] quantiles(List<Double> durees) {
        List<Double> triees = durees.stream().sorted().toList();
        return new double[]{quantile(triees, 0.50), quantile(triees, 0.95), triees.get(triees.size() - 1)};
    }

    private static double quantile(List<Double> triees, double q) {
        return triees.get((int) Math.min(triees.size() - 1, Math.ceil(q * triees.size()) - 1));
    }

    private static double secondes(long depuis) {
        return (System.nanoTime() - depuis) / 1e9;
    }
}

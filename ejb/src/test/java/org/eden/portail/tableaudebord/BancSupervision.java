package org.eden.portail.tableaudebord;

import org.eden.portail.banc.SqlBanc;
import org.eden.portail.shared.Entite;
import org.eden.portail.trace.V4_1__TracesEnAjoutSeul;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The supervision benchmark (R-TDB-2, issue 17 item 3; docs/mesures.md). Not a test: a command,
 * {@code mvn -o -B -pl ejb -am -Pbanc-sup test-compile}.
 * <ol>
 * <li>Creates the PostgreSQL database {@code banc.base} if needed and migrates it with the portal's
 * migrations; writes the 101 Cafs, {@code banc.partenaires} partners per Caf and
 * {@code banc.utilisateurs} users per partner, then {@code banc.traces} synthetic sealed traces
 * (COPY) spread over the last six months in rang order — connections, CDAP searches and sections,
 * one session per user and day, during office hours on working days ({@code banc.horaires=bureau},
 * the default: ordinary use, which raises no alert; {@code continu}: every hour of every day) —
 * unless that many are already there: a second run on a loaded base only folds what is left and
 * measures ({@code -Dbanc.mesure=non}: load and fold only).</li>
 * <li>Folds them into the aggregates as the job does ({@link EntrepotSupervision#replier}, batches
 * of {@code banc.lot}; at most {@code banc.replimax} in one run, the watermark keeping the place for
 * the next), and prints the fold's rate.</li>
 * <li>For each supervision query and each scope (one partner, one Caf's partners, national), with
 * the last 30 days as period, {@code banc.concurrence} callers call it for {@code banc.duree}
 * seconds with a random partner or Caf each call; prints calls per second, p50, p95, p99.</li>
 * </ol>
 * With {@code -Dbanc.generation=sql -Dbanc.repli=sql} the traces are written by the database
 * ({@code generate_series}, the trace table's secondary indexes built again after the fold, which
 * reads the traces by rang only; {@code -Dbanc.index=non} leaves them to a later run) and folded
 * set-based ({@link RepliEnSql}): the way to reach 50 M traces in reasonable time. The queries
 * V23 and V24 changed are also measured as they were before (« avant V23 », « avant V24 ») on the
 * same data.
 * It measures the queries on the database (the service's SQL), not the HTTP layer. A benchmark
 * database only: never point {@code banc.base} at a real one.
 */
public final class BancSupervision {

    private static final String[] SECTIONS = {"DOSSIER", "DROITS", "ADRESSE", "FAMILLE", "LOGEMENT", "RSA", "PAIEMENT", "COURRIER",
            "RESSOURCES", "CREANCES"};

    /** The first error of the run, printed once (the others are counted). */
    private static final java.util.concurrent.atomic.AtomicReference<Exception> PREMIERE_ERREUR = new java.util.concurrent.atomic.AtomicReference<>();

    private BancSupervision() {
    }

    record Mesure(String nom, long appels, long erreurs, double parSeconde, double p50, double p95, double p99) {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("banc.base", "jdbc:postgresql://127.0.0.1:5432/eden_banc_sup");
        String utilisateur = System.getProperty("banc.base.utilisateur", "postgres");
        String motDePasse = System.getProperty("banc.base.motdepasse", "postgres");
        long traces = Long.getLong("banc.traces", 2_000_000);
        int partenairesParCaf = Integer.getInteger("banc.partenaires", 20);
        int utilisateursParPartenaire = Integer.getInteger("banc.utilisateurs", 10);
        int concurrence = Integer.getInteger("banc.concurrence", 20);
        int duree = Integer.getInteger("banc.duree", 10);
        int lot = Integer.getInteger("banc.lot", 5_000);
        long graine = Long.getLong("banc.graine", 2026);
        // At most this many traces folded in this run (the rest in a later run: the watermark keeps the place).
        long replimax = Long.getLong("banc.replimax", Long.MAX_VALUE);
        // The days the traces are spread over, before today: fewer traces over fewer days keep the national density of a bigger load.
        int jours = Integer.getInteger("banc.jours", 182);
        // How the traces are written: "copy" (rows built in Java, COPY) or "sql" (one INSERT … SELECT over generate_series per million).
        String generation = System.getProperty("banc.generation", "copy");
        // How they are folded: "job" (EntrepotSupervision.replier, as the portal's job) or "sql" (set-based, the benchmark's loading only).
        String repli = System.getProperty("banc.repli", "job");
        // Only this scope's queries (organisme, caf, national), or all.
        String seulement = System.getProperty("banc.portee", "");
        // When the synthetic users work: "bureau" (8 h – 18 h, Paris, on working days: ordinary use raises no alert) or "continu"
        // (spread evenly over every hour of every day, the generator before V24: nearly every user's day then opens files at night).
        boolean bureau = !System.getProperty("banc.horaires", "bureau").equals("continu");

        SqlBanc.creerBaseSiAbsente(base, utilisateur, motDePasse);
        long debutMigration = System.nanoTime();
        int migrations = Flyway.configure(Entite.class.getClassLoader()).dataSource(base, utilisateur, motDePasse)
                .locations("classpath:db/migration").javaMigrations(new V4_1__TracesEnAjoutSeul()).load().migrate().migrationsExecuted;
        System.out.printf(Locale.ROOT, "Migrations : %d appliquées en %.1f s%n", migrations, (System.nanoTime() - debutMigration) / 1e9);
        List<String> cafs = Territoires.caisses(Regime.CNAF).stream().map(Territoires.Caisse::code).toList();
        Instant fin = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        try (Connection c = DriverManager.getConnection(base, utilisateur, motDePasse)) {
            referentiel(c, cafs, partenairesParCaf, utilisateursParPartenaire);
            long presentes = compter(c, "SELECT COUNT(*) FROM trace");
            if (presentes < traces) {
                long debut = System.nanoTime();
                if (generation.equals("sql")) {
                    tracerEnSql(c, presentes, traces, partenairesParCaf, utilisateursParPartenaire, fin, jours, graine, bureau);
                } else {
                    tracer(c, presentes, traces, cafs, partenairesParCaf, utilisateursParPartenaire, fin, jours, new SplittableRandom(graine),
                            bureau);
                }
                System.out.printf(Locale.ROOT, "Chargement : %,d traces en %.1f s%n", traces - presentes, (System.nanoTime() - debut) / 1e9);
            }
        }

        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(base);
        source.setUser(utilisateur);
        source.setPassword(motDePasse);
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            EntrepotSupervision pli = new EntrepotSupervision(uneConnexion(c));
            long debut = System.nanoTime();
            long total = 0;
            int n;
            if (repli.equals("sql")) {
                total = RepliEnSql.replier(c, Math.min(replimax, Long.MAX_VALUE / 2));
                c.commit();
            }
            while (total < replimax && (n = pli.replier(lot, Instant.now())) > 0) {
                c.commit();
                total += n;
                if (total % 500_000 < lot) {
                    System.out.printf(Locale.ROOT, "  repli : %,d traces%n", total);
                }
            }
            pli.recompterComptes(); // as AgregationSupervision at the end of each run (V24)
            c.commit();
            double secondes = (System.nanoTime() - debut) / 1e9;
            System.out.printf(Locale.ROOT, "Repli : %,d traces en %.1f s (%,.0f traces/s)%n", total, secondes, total / Math.max(secondes, 1e-9));
            // As autovacuum would after a day of folds: the planner's statistics and the visibility of the updated rows.
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : List.of("sup_activite_jour", "sup_utilisateur_jour", "sup_caf_jour", "sup_utilisateur_dernier_jour",
                        "sup_caf_dernier_jour", "sup_caf_comptes")) {
                    s.execute("VACUUM ANALYZE " + table);
                }
            }
            if (!System.getProperty("banc.index", "oui").equals("non")) {
                reconstruireIndex(c); // -Dbanc.index=non leaves them to a later run (the supervision's queries never read the traces)
            }
        }
        if (System.getProperty("banc.mesure", "oui").equals("non")) {
            return; // the load and fold only (-Dbanc.mesure=non): measured by a later run, which finds the traces there and folded
        }

        // One connection per caller, kept (the container pools them in the portal; opening one per call would be what is measured).
        // Closed after each measurement: each one has its own threads, hence its own connections (else they pile up to max_connections).
        java.util.Queue<Connection> ouvertes = new java.util.concurrent.ConcurrentLinkedQueue<>();
        ThreadLocal<DataSource> parAppelant = ThreadLocal.withInitial(() -> {
            try {
                Connection connexion = source.getConnection();
                ouvertes.add(connexion);
                return uneConnexion(connexion);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        EntrepotSupervision entrepot = new EntrepotSupervision((DataSource) Proxy.newProxyInstance(BancSupervision.class.getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, methode, arguments) -> methode.invoke(parAppelant.get(), arguments)));
        List<Long> organismes = new ArrayList<>();
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM organisme_partenaire WHERE siret LIKE 'B%'")) {
            while (rs.next()) {
                organismes.add(rs.getLong(1));
            }
        }
        try (Connection c = source.getConnection()) {
            for (String table : List.of("trace", "sup_activite_jour", "sup_utilisateur_jour", "sup_caf_jour", "sup_utilisateur_dernier_jour",
                    "sup_caf_dernier_jour", "sup_caf_comptes", "sup_session_cdap")) {
                System.out.printf(Locale.ROOT, "  %-30s %,14d lignes %,10d Mo (pg_total_relation_size)%n", table,
                        compter(c, "SELECT " + (table.equals("trace") ? "reltuples::bigint FROM pg_class WHERE relname = 'trace'"
                                : "COUNT(*) FROM " + table)),
                        compter(c, "SELECT pg_total_relation_size('" + table + "')") / 1_000_000);
            }
        }
        // The last 30 days folded (all six months once everything is folded).
        LocalDate au;
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(jour) FROM sup_activite_jour")) {
            rs.next();
            au = rs.getDate(1) == null ? LocalDate.ofInstant(fin, ZoneOffset.UTC) : rs.getDate(1).toLocalDate();
        }
        LocalDate du = au.minusDays(29);
        System.out.printf(Locale.ROOT, "Période des requêtes : %s – %s%n", du, au);
        record Portee(String nom, Function<SplittableRandom, PorteeSupervision> tirage) {
        }
        List<Portee> portees = List.of(
                new Portee("organisme", r -> PorteeSupervision.organisme(organismes.get(r.nextInt(organismes.size())), null)),
                new Portee("caf", r -> PorteeSupervision.caf(cafs.get(r.nextInt(cafs.size())))),
                new Portee("national", r -> PorteeSupervision.nationale()));
        record Requete(String nom, java.util.function.Consumer<PorteeSupervision> appel) {
        }
        // Before V23, for comparison on the same data: the Caf and national scopes summed every partner's day rows.
        DataSource avant = (DataSource) Proxy.newProxyInstance(BancSupervision.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, methode, arguments) -> methode.invoke(parAppelant.get(), arguments));
        EntrepotSupervision.CriteresAlertes criteres = new EntrepotSupervision.CriteresAlertes(SeuilsAlertes.DOSSIERS_PAR_JOUR,
                SeuilsAlertes.FACTEUR_USUEL, DetectionAlertes.DOSSIERS_MIN, DetectionAlertes.JOURNEES_MIN, DetectionAlertes.joursChomes(du, au));
        List<Requete> requetes = List.of(
                new Requete("connexions (avant V23)", p -> sansCumul(avant, "SELECT jour, nature, SUM(nombre) FROM sup_activite_jour WHERE "
                        + p.condition("") + " AND jour BETWEEN ? AND ? AND nature IN ('CONNEXION', 'CONNEXION_CDAP', 'DOSSIER_CDAP')"
                        + " GROUP BY jour, nature ORDER BY jour", p, du, au)),
                new Requete("sections (avant V23)", p -> sansCumul(avant, "SELECT nature, SUM(nombre) AS n FROM sup_activite_jour WHERE "
                        + p.condition("") + " AND jour BETWEEN ? AND ? AND nature LIKE 'SECTION_%' GROUP BY nature ORDER BY n DESC, nature",
                        p, du, au)),
                new Requete("par organisme (avant V23)", p -> sansCumul(avant, "SELECT " + (p.niveau() == PorteeSupervision.Niveau.NATIONAL
                        ? "code_caf" : "CAST(organisme_id AS VARCHAR(20))") + ", COUNT(DISTINCT identifiant), SUM(connexions), SUM(dossiers)"
                        + " FROM sup_utilisateur_jour WHERE " + p.condition("") + " AND jour BETWEEN ? AND ? GROUP BY 1", p, du, au)),
                new Requete("connexions", p -> entrepot.connexions(p, du, au)),
                new Requete("sections", p -> entrepot.sections(p, du, au)),
                new Requete("par organisme", p -> entrepot.parOrganisme(p, du, au)),
                new Requete("par organisme (avant V24)", p -> parCafAvantV24(avant, du, au)),
                new Requete("alertes (avant V24)", p -> DetectionAlertes.detecter(entrepot.journees(p, du, au), SeuilsAlertes::parDefaut)),
                new Requete("alertes", p -> {
                    EntrepotSupervision.JourneesAtypiques j = entrepot.journeesAtypiques(p, du, au, criteres);
                    DetectionAlertes.detecter(j.journees(), j.usuels(), SeuilsAlertes::parDefaut);
                }),
                new Requete("montée en charge", entrepot::mouvementsHabilitations),
                new Requete("quotas", entrepot::quotas));
        System.out.printf(Locale.ROOT, "%n%-36s %8s %8s %9s %9s %9s %9s%n", "requête / périmètre", "appels", "erreurs", "appels/s", "p50 ms", "p95 ms", "p99 ms");
        for (Requete requete : requetes) {
            for (Portee portee : portees) {
                if (requete.nom().startsWith("alertes") && portee.nom().equals("national")) {
                    continue; // R-TDB-7: nobody reads the alerts nationally (the Cnaf has no alerts)
                }
                if (requete.nom().endsWith("(avant V23)") && portee.nom().equals("organisme")) {
                    continue; // one partner's queries did not change
                }
                if (requete.nom().startsWith("par organisme (avant V24)") && !portee.nom().equals("national")) {
                    continue; // V24 changed the national rows per Caf only
                }
                if (!seulement.isEmpty() && !portee.nom().equals(seulement)) {
                    continue;
                }
                Mesure m = mesurer(requete.nom() + " / " + portee.nom(), concurrence, Duration.ofSeconds(duree),
                        r -> requete.appel().accept(portee.tirage().apply(r)));
                System.out.printf(Locale.ROOT, "%-36s %8d %8d %9.1f %9.1f %9.1f %9.1f%n", m.nom(), m.appels(), m.erreurs(), m.parSeconde(),
                        m.p50(), m.p95(), m.p99());
                for (Connection connexion; (connexion = ouvertes.poll()) != null; ) {
                    connexion.close();
                }
            }
        }
    }

    /** The Cnaf's rows per Caf as read before V24: every account joined, every user's last day, then the Cafs' days. */
    private static void parCafAvantV24(DataSource source, LocalDate du, LocalDate au) {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of("SELECT c.code, MAX(c.nom), COUNT(u.id) FROM organisme_partenaire o JOIN caf c ON c.id = o.caf_id"
                            + " LEFT JOIN utilisateur u ON u.organisme_id = o.id GROUP BY c.code ORDER BY c.code",
                    "SELECT code_caf, COUNT(*) FROM sup_utilisateur_dernier_jour WHERE dernier_jour >= DATE '" + du + "' AND dernier_jour <= DATE '"
                            + au + "' GROUP BY code_caf",
                    "SELECT MAX(jour) FROM sup_utilisateur_jour",
                    "SELECT code_caf, SUM(CASE WHEN nature = 'CONNEXION' THEN nombre ELSE 0 END), SUM(CASE WHEN nature = 'DOSSIER_CDAP'"
                            + " THEN nombre ELSE 0 END) FROM sup_caf_jour WHERE jour BETWEEN DATE '" + du + "' AND DATE '" + au + "'"
                            + " AND nature IN ('CONNEXION', 'DOSSIER_CDAP') GROUP BY code_caf")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A query as it was before V23 (the per-partner rows summed), read to the end. */
    private static void sansCumul(DataSource source, String sql, PorteeSupervision portee, LocalDate du, LocalDate au) {
        try (Connection c = source.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            Object[] p = portee.parametres();
            for (int i = 0; i < p.length; i++) {
                ps.setObject(i + 1, p[i]);
            }
            ps.setDate(p.length + 1, java.sql.Date.valueOf(du));
            ps.setDate(p.length + 2, java.sql.Date.valueOf(au));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(2);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long compter(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Cafs, partners (SIRET B…) and their users (BAN…), ids from 10,000,000 so as not to meet the portal's sequences. */
    private static void referentiel(Connection c, List<String> cafs, int partenaires, int utilisateurs) throws Exception {
        if (compter(c, "SELECT COUNT(*) FROM organisme_partenaire WHERE siret LIKE 'B%'") > 0) {
            return;
        }
        CopyManager copie = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder caf = new StringBuilder();
        StringBuilder org = new StringBuilder();
        StringBuilder usr = new StringBuilder();
        for (int i = 0; i < cafs.size(); i++) {
            long idCaf = 10_000_000L + i;
            caf.append(idCaf).append("\t0\t").append(cafs.get(i)).append("\tCaf ").append(cafs.get(i)).append('\n');
            for (int p = 0; p < partenaires; p++) {
                long idOrg = idCaf * 100 + p;
                org.append(idOrg).append("\t0\t").append(idCaf).append("\tPartenaire ").append(p).append(" de la Caf ").append(cafs.get(i))
                        .append("\tCCAS_CIAS\t").append(String.format("B%013d", idOrg)).append('\n');
                for (int u = 0; u < utilisateurs; u++) {
                    long idU = idOrg * 100 + u;
                    usr.append(idU).append("\t0\t").append(identifiant(i, p, u, partenaires, utilisateurs)).append("\tBanc\tUtilisateur\tb")
                            .append(idU).append("@banc.test\tx\tACTIF\t2026-01-01 00:00:00+00\t").append(idOrg).append("\t2026-01-01 00:00:00+00\n");
                }
            }
        }
        copie.copyIn("COPY caf (id, version, code, nom) FROM STDIN", new StringReader(caf.toString()));
        copie.copyIn("COPY organisme_partenaire (id, version, caf_id, nom, type, siret) FROM STDIN", new StringReader(org.toString()));
        copie.copyIn("COPY utilisateur (id, version, identifiant, nom, prenom, email, mot_de_passe_hash, statut, cree_le, organisme_id,"
                + " mot_de_passe_change_le) FROM STDIN", new StringReader(usr.toString()));
    }

    private static String identifiant(int caf, int partenaire, int utilisateur, int partenaires, int utilisateurs) {
        return String.format("BAN%09d", (caf * partenaires + partenaire) * utilisateurs + utilisateur);
    }

    /** Traces from rang {@code deja + 1} to {@code total}, in time order over the six months before {@code fin}, by COPY. */
    private static void tracer(Connection c, long deja, long total, List<String> cafs, int partenaires, int utilisateurs, Instant fin,
                               int jours, SplittableRandom r, boolean bureau) throws Exception {
        CopyManager copie = c.unwrap(PGConnection.class).getCopyAPI();
        long rangMax = compter(c, "SELECT COALESCE(MAX(rang), 0) FROM trace");
        Instant debut = fin.minus(Duration.ofDays(jours));
        long pas = Duration.between(debut, fin).toMillis() / Math.max(total, 1);
        List<LocalDate> ouvres = joursOuvres(debut, fin);
        String hash = "0".repeat(64);
        final int paquet = 200_000;
        for (long depart = deja; depart < total; depart += paquet) {
            StringWriter texte = new StringWriter();
            PrintWriter sortie = new PrintWriter(texte);
            for (long k = depart; k < Math.min(total, depart + paquet); k++) {
                Instant t = bureau ? auBureau(ouvres, k, total) : debut.plusMillis(k * pas);
                int caf = r.nextInt(cafs.size());
                int p = r.nextInt(partenaires);
                int u = r.nextInt(utilisateurs);
                long idOrg = (10_000_000L + caf) * 100 + p;
                String qui = identifiant(caf, p, u, partenaires, utilisateurs);
                String codeCaf = cafs.get(caf);
                String session = qui + "-" + LocalDate.ofInstant(t, ZoneOffset.UTC);
                int tirage = r.nextInt(100);
                String action = tirage < 10 ? "CONNEXION" : tirage < 55 ? "CDAP_RECHERCHE" : "CDAP_SECTION";
                String cafDossier = r.nextInt(200) == 0 ? cafs.get(r.nextInt(cafs.size())) : codeCaf;
                String cible = action.equals("CONNEXION") ? qui : cafDossier + "/" + r.nextInt(1, 9_999_999);
                String detail = action.equals("CDAP_SECTION") ? "profil=T2 section=" + SECTIONS[r.nextInt(SECTIONS.length)]
                        : action.equals("CDAP_RECHERCHE") ? "profil=T2" : "\\N";
                sortie.append(String.valueOf(rangMax + k - deja + 1)).append('\t').append(t.toString()).append('\t').append(qui).append('\t')
                        .append(String.valueOf(idOrg)).append('\t').append(codeCaf).append("\tT2\t").append(action).append('\t')
                        .append(action.equals("CONNEXION") ? "UTILISATEUR" : "DOSSIER_ALLOCATAIRE").append('\t').append(cible)
                        .append("\tSUCCES\t").append(detail).append('\t').append(session).append('\t').append(hash).append('\t')
                        .append(hash).append('\n');
            }
            sortie.flush();
            copie.copyIn("COPY trace (rang, horodatage, identifiant, organisme_id, code_caf, profil, action, cible_type, cible_id, resultat,"
                    + " detail, session_hash, hash_precedent, hash) FROM STDIN", (Reader) new StringReader(texte.toString()));
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE trace");
        }
    }

    /**
     * The same traces as {@link #tracer} in kind and proportions (not the same draws), written by
     * the database itself: one {@code INSERT … SELECT} over {@code generate_series} per million
     * rangs, the random choices drawn from hashes of the rang and the seed (reproducible), the Cafs'
     * codes from the benchmark's {@code caf} rows. No row crosses the network.
     */
    private static void tracerEnSql(Connection c, long deja, long total, int partenaires, int utilisateurs, Instant fin, int jours,
                                    long graine, boolean bureau) throws SQLException {
        long rangMax = compter(c, "SELECT COALESCE(MAX(rang), 0) FROM trace");
        Instant debut = fin.minus(Duration.ofDays(jours));
        long pas = Duration.between(debut, fin).toMillis() / Math.max(total, 1);
        StringBuilder sections = new StringBuilder("ARRAY[");
        for (int i = 0; i < SECTIONS.length; i++) {
            sections.append(i == 0 ? "'" : ", '").append(SECTIONS[i]).append('\'');
        }
        sections.append(']');
        List<LocalDate> ouvres = joursOuvres(debut, fin);
        StringBuilder jourOuvre = new StringBuilder("ARRAY[");
        for (int i = 0; i < ouvres.size(); i++) {
            jourOuvre.append(i == 0 ? "DATE '" : ", DATE '").append(ouvres.get(i)).append('\'');
        }
        jourOuvre.append(']');
        // As auBureau: the k-th of the total traces at the same fraction of the working hours of the working days.
        String instant = bureau ? "(((" + jourOuvre + ")[(t.k * " + ouvres.size() + ") / " + total + " + 1] + TIME '0" + HEURE_ARRIVEE + ":00')"
                + " + (((t.k * " + ouvres.size() + ") % " + total + ") * " + HEURES_BUREAU * 3_600_000L + " / " + total + ")"
                + " * INTERVAL '1 millisecond') AT TIME ZONE 'Europe/Paris'"
                : "TIMESTAMPTZ '" + debut + "' + (t.k * " + pas + ") * INTERVAL '1 millisecond'";
        final long paquet = 1_000_000;
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        // The trace table's secondary indexes (ten with the reading screens') are dropped during the load and built again after:
        // one sort per index instead of millions of insertions into each.
        // Their definitions are kept in banc_index until built again after the fold (reconstruireIndex), which reads the traces by
        // rang only: a run stopped in between leaves them to the next.
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS banc_index (definition TEXT NOT NULL)");
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
                + " WHERE tablename = 'trace' AND indexname <> 'trace_pkey'")) {
            while (rs.next()) {
                try (Statement d = c.createStatement()) {
                    d.execute("INSERT INTO banc_index (definition) VALUES ('" + rs.getString(2).replace("'", "''") + "')");
                    d.execute("DROP INDEX " + rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (long depart = deja; depart < total; depart += paquet) {
                long jusqua = Math.min(total, depart + paquet);
                long t0 = System.nanoTime();
                // k: the trace's number in the load (its instant); h(i): the i-th draw, a non-negative hash of k and the seed.
                s.executeUpdate("WITH cafs AS (SELECT array_agg(code ORDER BY id) AS codes, COUNT(*) AS n FROM caf WHERE id >= 10000000),"
                        + " tirages AS (SELECT k, (hashint8(k * 16 + 1 + " + graine + ") & 2147483647) AS h1,"
                        + " (hashint8(k * 16 + 2 + " + graine + ") & 2147483647) AS h2, (hashint8(k * 16 + 3 + " + graine + ") & 2147483647) AS h3,"
                        + " (hashint8(k * 16 + 4 + " + graine + ") & 2147483647) AS h4, (hashint8(k * 16 + 5 + " + graine + ") & 2147483647) AS h5,"
                        + " (hashint8(k * 16 + 6 + " + graine + ") & 2147483647) AS h6, (hashint8(k * 16 + 7 + " + graine + ") & 2147483647) AS h7,"
                        + " (hashint8(k * 16 + 8 + " + graine + ") & 2147483647) AS h8"
                        + " FROM generate_series(" + depart + "::bigint, " + (jusqua - 1) + "::bigint) AS k),"
                        + " choix AS (SELECT t.*, t.h1 % cafs.n AS ci, t.h2 % " + partenaires + " AS pi, t.h3 % " + utilisateurs + " AS ui,"
                        + " cafs.codes, cafs.n, " + instant + " AS instant,"
                        + " CASE WHEN t.h4 % 100 < 10 THEN 'CONNEXION' WHEN t.h4 % 100 < 55 THEN 'CDAP_RECHERCHE' ELSE 'CDAP_SECTION' END AS action"
                        + " FROM tirages t CROSS JOIN cafs),"
                        + " lignes AS (SELECT c.*, 'BAN' || lpad(((c.ci * " + partenaires + " + c.pi) * " + utilisateurs + " + c.ui)::text, 9, '0')"
                        + " AS qui, c.codes[c.ci + 1] AS code_caf, (10000000 + c.ci) * 100 + c.pi AS organisme FROM choix c)"
                        + " INSERT INTO trace (rang, horodatage, identifiant, organisme_id, code_caf, profil, action, cible_type, cible_id, resultat,"
                        + " detail, session_hash, hash_precedent, hash)"
                        + " SELECT " + rangMax + " + l.k - " + deja + " + 1, l.instant, l.qui, l.organisme, l.code_caf, 'T2', l.action,"
                        + " CASE WHEN l.action = 'CONNEXION' THEN 'UTILISATEUR' ELSE 'DOSSIER_ALLOCATAIRE' END,"
                        + " CASE WHEN l.action = 'CONNEXION' THEN l.qui ELSE (CASE WHEN l.h5 % 200 = 0 THEN l.codes[l.h6 % l.n + 1] ELSE l.code_caf END)"
                        + " || '/' || (1 + l.h7 % 9999998)::text END, 'SUCCES',"
                        + " CASE WHEN l.action = 'CDAP_SECTION' THEN 'profil=T2 section=' || (" + sections + ")[l.h8 % " + SECTIONS.length + " + 1]"
                        + " WHEN l.action = 'CDAP_RECHERCHE' THEN 'profil=T2' END,"
                        + " l.qui || '-' || (l.instant AT TIME ZONE 'UTC')::date::text, repeat('0', 64), repeat('0', 64) FROM lignes l ORDER BY l.k");
                System.out.printf(Locale.ROOT, "  génération : %,d traces (%.1f s)%n", jusqua, (System.nanoTime() - t0) / 1e9);
            }
            s.execute("ANALYZE trace");
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The trace table's secondary indexes dropped by {@link #tracerEnSql}, built again (one sort each) once the traces are folded. */
    private static void reconstruireIndex(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            if (compter(c, "SELECT COUNT(*) FROM pg_tables WHERE tablename = 'banc_index'") == 0) {
                return;
            }
            List<String> index = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT definition FROM banc_index")) {
                while (rs.next()) {
                    index.add(rs.getString(1));
                }
            }
            long t0 = System.nanoTime();
            s.execute("SET maintenance_work_mem = '256MB'");
            for (String definition : index) {
                long t1 = System.nanoTime();
                s.execute(definition.replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX IF NOT EXISTS "));
                s.execute("DELETE FROM banc_index WHERE definition = '" + definition.replace("'", "''") + "'");
                System.out.printf(Locale.ROOT, "  index : %s (%.1f s)%n", definition.replaceAll(" ON .*", ""), (System.nanoTime() - t1) / 1e9);
            }
            System.out.printf(Locale.ROOT, "Index de la table des traces : %d reconstruits en %.1f s%n", index.size(), (System.nanoTime() - t0) / 1e9);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    static final int HEURE_ARRIVEE = 8;
    static final int HEURES_BUREAU = 10;

    /** The working days (JoursChomes: not a weekend nor a public holiday, in Paris) from {@code debut}'s day to the day before {@code fin}. */
    static List<LocalDate> joursOuvres(Instant debut, Instant fin) {
        List<LocalDate> ouvres = new ArrayList<>();
        for (LocalDate j = LocalDate.ofInstant(debut, PliageTraces.FUSEAU); j.isBefore(LocalDate.ofInstant(fin, PliageTraces.FUSEAU)); j = j.plusDays(1)) {
            if (!JoursChomes.chome(j)) {
                ouvres.add(j);
            }
        }
        return ouvres;
    }

    /**
     * The instant of the {@code k}-th of {@code total} traces when the users work office hours: the
     * same fraction of the working time (8 h to 18 h, Paris, of the working days), so that the rangs
     * stay in time order and ordinary use raises no alert (no file at night nor on a day off).
     */
    static Instant auBureau(List<LocalDate> ouvres, long k, long total) {
        long jour = k * ouvres.size() / total;
        long ms = (k * ouvres.size()) % total * (HEURES_BUREAU * 3_600_000L) / total;
        return ouvres.get((int) jour).atTime(HEURE_ARRIVEE, 0).atZone(PliageTraces.FUSEAU).toInstant().plusMillis(ms);
    }

    /** One connection for every call of the fold, so that the command commits each batch (the container does it in the portal). */
    private static DataSource uneConnexion(Connection c) {
        Connection sansFermeture = (Connection) Proxy.newProxyInstance(BancSupervision.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, methode, arguments) -> methode.getName().equals("close") ? null : methode.invoke(c, arguments));
        return (DataSource) Proxy.newProxyInstance(BancSupervision.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, methode, arguments) -> {
                    if (methode.getName().equals("getConnection")) {
                        return sansFermeture;
                    }
                    throw new UnsupportedOperationException(methode.getName());
                });
    }

    private interface Appel {
        void faire(SplittableRandom r) throws Exception;
    }

    private static Mesure mesurer(String nom, int concurrence, Duration duree, Appel appel) throws Exception {
        ExecutorService executeur = Executors.newFixedThreadPool(concurrence);
        try {
            // Warm-up: a second of calls, not counted.
            courir(executeur, concurrence, Duration.ofSeconds(1), appel);
            long debut = System.nanoTime();
            List<long[]> resultats = courir(executeur, concurrence, duree, appel);
            double secondes = (System.nanoTime() - debut) / 1e9;
            List<Long> durees = new ArrayList<>();
            long erreurs = 0;
            for (long[] r : resultats) {
                if (r[0] < 0) {
                    erreurs++;
                } else {
                    durees.add(r[0]);
                }
            }
            durees.sort(null);
            return new Mesure(nom, durees.size(), erreurs, durees.size() / secondes, centile(durees, 50), centile(durees, 95), centile(durees, 99));
        } finally {
            executeur.shutdownNow();
        }
    }

    private static List<long[]> courir(ExecutorService executeur, int concurrence, Duration duree, Appel appel) throws Exception {
        long finNs = System.nanoTime() + duree.toNanos();
        List<Future<List<long[]>>> taches = new ArrayList<>();
        for (int i = 0; i < concurrence; i++) {
            SplittableRandom r = new SplittableRandom(i);
            taches.add(executeur.submit(() -> {
                List<long[]> mesures = new ArrayList<>();
                while (System.nanoTime() < finNs) {
                    long t0 = System.nanoTime();
                    try {
                        appel.faire(r);
                        mesures.add(new long[]{System.nanoTime() - t0});
                    } catch (Exception e) {
                        if (PREMIERE_ERREUR.compareAndSet(null, e)) {
                            System.out.println("  première erreur : " + e);
                        }
                        mesures.add(new long[]{-1});
                    }
                }
                return mesures;
            }));
        }
        List<long[]> tout = new ArrayList<>();
        for (Future<List<long[]>> t : taches) {
            tout.addAll(t.get());
        }
        return tout;
    }

    private static double centile(List<Long> tries, int centile) {
        if (tries.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(centile / 100.0 * tries.size()) - 1;
        return tries.get(Math.max(0, Math.min(i, tries.size() - 1))) / 1e6;
    }
}

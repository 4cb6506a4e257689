package org.eden.portail.tableaudebord;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The supervision's aggregates (migration V20), in plain JDBC: the fold of the sealed traces into
 * them, and the scoped reads of the screens and the API (R-TDB-2, R-TDB-7). Every read takes a
 * {@link PorteeSupervision} and puts it in its WHERE clause. Writes join the caller's transaction.
 */
@ApplicationScoped
public class EntrepotSupervision {

    /** A gap in the rangs older than this is taken as final (a rang that will never come), not waited for. */
    static final Duration ATTENTE_TROU = Duration.ofMinutes(5);

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource dataSource;

    public EntrepotSupervision() {
    }

    /** For the commands, outside the container. */
    public EntrepotSupervision(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The last trace rang folded and when. */
    public record Filigrane(long dernierRang, Instant replieLe) {
    }

    public Filigrane filigrane() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT dernier_rang, replie_le FROM sup_filigrane WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Timestamp t = rs.getTimestamp(2);
            return new Filigrane(rs.getLong(1), t == null ? null : t.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Folds at most {@code lot} traces after the watermark, in rang order, and moves the watermark:
     * all in the caller's transaction, under the lock of the watermark row, so that two nodes never
     * fold the same traces. Traces not yet sealed have no rang and are not read. The fold stops
     * before a gap in the rangs (a trace sealed but not yet committed), unless the gap is older
     * than {@link #ATTENTE_TROU} or lies before the first trace kept by the purge.
     *
     * @return the number of traces folded
     */
    public int replier(int lot, Instant maintenant) {
        try (Connection c = dataSource.getConnection()) {
            long filigrane;
            try (PreparedStatement ps = c.prepareStatement("SELECT dernier_rang FROM sup_filigrane WHERE id = 1 FOR UPDATE");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                filigrane = rs.getLong(1);
            }
            List<TraceLue> lues = lire(c, filigrane, lot);
            if (lues.isEmpty()) {
                return 0;
            }
            long attendu = filigrane + 1;
            PliageTraces pliage = new PliageTraces();
            long dernier = filigrane;
            int repliees = 0;
            for (TraceLue t : lues) {
                if (t.rang() != attendu && !(dernier == filigrane && premierGarde(c) == t.rang())
                        && t.horodatage().isAfter(maintenant.minus(ATTENTE_TROU))) {
                    break;
                }
                pliage.plier(t);
                repliees++;
                dernier = t.rang();
                attendu = t.rang() + 1;
            }
            if (dernier == filigrane) {
                return 0;
            }
            ecrire(c, pliage);
            try (PreparedStatement ps = c.prepareStatement("UPDATE sup_filigrane SET dernier_rang = ?, replie_le = ? WHERE id = 1")) {
                ps.setLong(1, dernier);
                ps.setTimestamp(2, Timestamp.from(maintenant));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sup_session_cdap WHERE jour < ?")) {
                ps.setDate(1, Date.valueOf(LocalDate.ofInstant(maintenant, PliageTraces.FUSEAU).minusDays(2)));
                ps.executeUpdate();
            }
            return repliees;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The accounts of each Caf's partners (V24), what the Cnaf's rows per Caf read. */
    static final String COMPTES_PAR_CAF = "SELECT c.code, COUNT(u.id) FROM organisme_partenaire o JOIN caf c ON c.id = o.caf_id"
            + " LEFT JOIN utilisateur u ON u.organisme_id = o.id GROUP BY c.code";

    /**
     * Counts again each Caf's partners' accounts into {@code sup_caf_comptes} (V24), under the lock
     * of the watermark like a fold: the job does it once a run, a count a minute instead of one
     * per national reading.
     */
    public void recompterComptes() {
        try (Connection c = dataSource.getConnection()) {
            recompterComptes(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void recompterComptes(Connection c) throws SQLException {
        try (PreparedStatement verrou = c.prepareStatement("SELECT dernier_rang FROM sup_filigrane WHERE id = 1 FOR UPDATE");
             ResultSet rs = verrou.executeQuery();
             PreparedStatement vider = c.prepareStatement("DELETE FROM sup_caf_comptes");
             PreparedStatement compter = c.prepareStatement("INSERT INTO sup_caf_comptes (code_caf, comptes) " + COMPTES_PAR_CAF)) {
            rs.next();
            vider.executeUpdate();
            compter.executeUpdate();
        }
    }

    private static long premierGarde(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(rang) FROM trace"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<TraceLue> lire(Connection c, long filigrane, int lot) throws SQLException {
        return LectureSql.lignes(c, "SELECT rang, horodatage, identifiant, organisme_id, code_caf, action, cible_id,"
                + " resultat, detail, session_hash FROM trace WHERE rang > ? ORDER BY rang FETCH FIRST " + lot + " ROWS ONLY", rs -> {
            long organisme = rs.getLong(4);
            Long organismeId = rs.wasNull() ? null : organisme;
            return new TraceLue(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), organismeId, rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
        }, filigrane);
    }

    private static void ecrire(Connection c, PliageTraces pliage) throws SQLException {
        for (PliageTraces.SessionCdap s : pliage.sessionsCdap()) {
            boolean dejaComptee;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sup_session_cdap WHERE jour = ? AND cle = ?")) {
                ps.setDate(1, Date.valueOf(s.jour()));
                ps.setString(2, s.cle());
                try (ResultSet rs = ps.executeQuery()) {
                    dejaComptee = rs.next();
                }
            }
            if (!dejaComptee) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sup_session_cdap (jour, cle) VALUES (?, ?)")) {
                    ps.setDate(1, Date.valueOf(s.jour()));
                    ps.setString(2, s.cle());
                    ps.executeUpdate();
                }
                pliage.activite().merge(new PliageTraces.CleActivite(s.jour(), s.codeCaf(), s.organismeId(), PliageTraces.CONNEXION_CDAP),
                        1L, Long::sum);
            }
        }
        try (PreparedStatement maj = c.prepareStatement("UPDATE sup_activite_jour SET nombre = nombre + ?"
                + " WHERE jour = ? AND code_caf = ? AND organisme_id = ? AND nature = ?");
             PreparedStatement ajout = c.prepareStatement("INSERT INTO sup_activite_jour (nombre, jour, code_caf, organisme_id, nature)"
                     + " VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<PliageTraces.CleActivite, Long> e : pliage.activite().entrySet()) {
                PliageTraces.CleActivite k = e.getKey();
                for (PreparedStatement ps : List.of(maj, ajout)) {
                    ps.setLong(1, e.getValue());
                    ps.setDate(2, Date.valueOf(k.jour()));
                    ps.setString(3, k.codeCaf());
                    ps.setLong(4, k.organismeId());
                    ps.setString(5, k.nature());
                }
                if (maj.executeUpdate() == 0) {
                    ajout.executeUpdate();
                }
            }
        }
        // The national roll-up (V23), in the same transaction: per Caf and day, the sum of the partners' rows just written.
        Map<PliageTraces.CleActivite, Long> parCaf = new LinkedHashMap<>();
        pliage.activite().forEach((k, n) -> parCaf.merge(new PliageTraces.CleActivite(k.jour(), k.codeCaf(), 0, k.nature()), n, Long::sum));
        try (PreparedStatement maj = c.prepareStatement("UPDATE sup_caf_jour SET nombre = nombre + ? WHERE jour = ? AND code_caf = ? AND nature = ?");
             PreparedStatement ajout = c.prepareStatement("INSERT INTO sup_caf_jour (nombre, jour, code_caf, nature) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<PliageTraces.CleActivite, Long> e : parCaf.entrySet()) {
                for (PreparedStatement ps : List.of(maj, ajout)) {
                    ps.setLong(1, e.getValue());
                    ps.setDate(2, Date.valueOf(e.getKey().jour()));
                    ps.setString(3, e.getKey().codeCaf());
                    ps.setString(4, e.getKey().nature());
                }
                if (maj.executeUpdate() == 0) {
                    ajout.executeUpdate();
                }
            }
        }
        Map<String, PliageTraces.CleUtilisateur> derniers = new LinkedHashMap<>();
        Map<String, String> cafDe = new LinkedHashMap<>();
        pliage.utilisateurs().forEach((k, v) -> {
            derniers.merge(k.identifiant(), k, (a, b) -> a.jour().isAfter(b.jour()) ? a : b);
            cafDe.put(k.identifiant(), v.codeCaf);
        });
        // V24: a user whose last day (or Caf) moves leaves his former (day, Caf) count for the new one.
        Map<Map.Entry<LocalDate, String>, Long> parCafEtDernierJour = new LinkedHashMap<>();
        try (PreparedStatement lu = c.prepareStatement("SELECT code_caf, dernier_jour FROM sup_utilisateur_dernier_jour WHERE identifiant = ?");
             PreparedStatement maj = c.prepareStatement("UPDATE sup_utilisateur_dernier_jour SET code_caf = ?, dernier_jour = ? WHERE identifiant = ?");
             PreparedStatement ajout = c.prepareStatement("INSERT INTO sup_utilisateur_dernier_jour (code_caf, dernier_jour, identifiant)"
                     + " VALUES (?, ?, ?)")) {
            for (PliageTraces.CleUtilisateur k : derniers.values()) {
                String caf = cafDe.get(k.identifiant());
                String ancienneCaf = null;
                LocalDate ancienJour = null;
                lu.setString(1, k.identifiant());
                try (ResultSet rs = lu.executeQuery()) {
                    if (rs.next()) {
                        ancienneCaf = rs.getString(1);
                        ancienJour = rs.getDate(2).toLocalDate();
                    }
                }
                LocalDate jour = ancienJour != null && ancienJour.isAfter(k.jour()) ? ancienJour : k.jour();
                PreparedStatement ecriture = ancienJour == null ? ajout : maj;
                ecriture.setString(1, caf);
                ecriture.setDate(2, Date.valueOf(jour));
                ecriture.setString(3, k.identifiant());
                ecriture.executeUpdate();
                if (ancienJour == null || !ancienJour.equals(jour) || !ancienneCaf.equals(caf)) {
                    parCafEtDernierJour.merge(Map.entry(jour, caf), 1L, Long::sum);
                    if (ancienJour != null) {
                        parCafEtDernierJour.merge(Map.entry(ancienJour, ancienneCaf), -1L, Long::sum);
                    }
                }
            }
        }
        try (PreparedStatement maj = c.prepareStatement("UPDATE sup_caf_dernier_jour SET utilisateurs = utilisateurs + ?"
                + " WHERE dernier_jour = ? AND code_caf = ?");
             PreparedStatement ajout = c.prepareStatement("INSERT INTO sup_caf_dernier_jour (utilisateurs, dernier_jour, code_caf) VALUES (?, ?, ?)");
             PreparedStatement vides = c.prepareStatement("DELETE FROM sup_caf_dernier_jour WHERE dernier_jour = ? AND code_caf = ? AND utilisateurs = 0")) {
            for (Map.Entry<Map.Entry<LocalDate, String>, Long> e : parCafEtDernierJour.entrySet()) {
                if (e.getValue() == 0) {
                    continue;
                }
                for (PreparedStatement ps : List.of(maj, ajout)) {
                    ps.setLong(1, e.getValue());
                    ps.setDate(2, Date.valueOf(e.getKey().getKey()));
                    ps.setString(3, e.getKey().getValue());
                }
                if (maj.executeUpdate() == 0) {
                    ajout.executeUpdate();
                }
                vides.setDate(1, Date.valueOf(e.getKey().getKey()));
                vides.setString(2, e.getKey().getValue());
                vides.executeUpdate();
            }
        }
        try (PreparedStatement maj = c.prepareStatement("UPDATE sup_utilisateur_jour SET connexions = connexions + ?, dossiers = dossiers + ?,"
                + " dossiers_nuit = dossiers_nuit + ?, dossiers_autre_caf = dossiers_autre_caf + ? WHERE jour = ? AND identifiant = ?");
             PreparedStatement ajout = c.prepareStatement("INSERT INTO sup_utilisateur_jour (connexions, dossiers, dossiers_nuit,"
                     + " dossiers_autre_caf, jour, identifiant, organisme_id, code_caf) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<PliageTraces.CleUtilisateur, PliageTraces.Compteurs> e : pliage.utilisateurs().entrySet()) {
                PliageTraces.Compteurs v = e.getValue();
                for (PreparedStatement ps : List.of(maj, ajout)) {
                    ps.setInt(1, v.connexions);
                    ps.setInt(2, v.dossiers);
                    ps.setInt(3, v.dossiersNuit);
                    ps.setInt(4, v.dossiersAutreCaf);
                    ps.setDate(5, Date.valueOf(e.getKey().jour()));
                    ps.setString(6, e.getKey().identifiant());
                }
                if (maj.executeUpdate() == 0) {
                    ajout.setLong(7, v.organismeId);
                    ajout.setString(8, v.codeCaf);
                    ajout.executeUpdate();
                }
            }
        }
    }

    // ---- Reads (R-TDB-2) ------------------------------------------------------------------------

    /** One day's count of one nature in the scope. */
    public record CompteJour(LocalDate jour, String nature, long nombre) {
    }

    /** Connections, CDAP connections and files opened, per day. A Caf's and the national scope read the roll-up per Caf (V23). */
    public List<CompteJour> connexions(PorteeSupervision portee, LocalDate du, LocalDate au) {
        return lire("SELECT jour, nature, SUM(nombre) FROM " + tableActivite(portee) + " WHERE " + portee.condition("")
                        + " AND jour BETWEEN ? AND ? AND nature IN ('" + PliageTraces.CONNEXION + "', '" + PliageTraces.CONNEXION_CDAP
                        + "', '" + PliageTraces.DOSSIER_CDAP + "') GROUP BY jour, nature ORDER BY jour",
                rs -> new CompteJour(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3)), avecPeriode(portee, du, au));
    }

    /** The CDAP sections read, most read first. */
    public Map<String, Long> sections(PorteeSupervision portee, LocalDate du, LocalDate au) {
        Map<String, Long> sections = new LinkedHashMap<>();
        lire("SELECT nature, SUM(nombre) AS n FROM " + tableActivite(portee) + " WHERE " + portee.condition("") + " AND jour BETWEEN ? AND ?"
                        + " AND nature LIKE '" + PliageTraces.SECTION + "%' GROUP BY nature ORDER BY n DESC, nature",
                rs -> sections.put(rs.getString(1).substring(PliageTraces.SECTION.length()), rs.getLong(2)), avecPeriode(portee, du, au));
        return sections;
    }

    /** One partner's counts per partner and day; a Caf's and every Caf's, the roll-up per Caf and day (same sums, far fewer rows). */
    private static String tableActivite(PorteeSupervision portee) {
        return portee.niveau() == PorteeSupervision.Niveau.ORGANISME ? "sup_activite_jour" : "sup_caf_jour";
    }

    /** One organisation's (or, at the national level, one Caf's) figures of the period. */
    public record LigneOrganisme(String cle, String libelle, long utilisateurs, long actifs, long connexions, long dossiers) {
    }

    /**
     * Per partner organisation in the scope — per Caf at the national level (the Cnaf sees the
     * Cafs aggregated): its accounts, the accounts that connected in the period, connections and files.
     */
    public List<LigneOrganisme> parOrganisme(PorteeSupervision portee, LocalDate du, LocalDate au) {
        if (portee.niveau() == PorteeSupervision.Niveau.NATIONAL) {
            return parCaf(du, au);
        }
        Map<String, long[]> activite = new LinkedHashMap<>();
        lire("SELECT CAST(organisme_id AS VARCHAR(20)), COUNT(DISTINCT identifiant), SUM(connexions), SUM(dossiers) FROM sup_utilisateur_jour"
                        + " WHERE " + portee.condition("") + " AND jour BETWEEN ? AND ? GROUP BY organisme_id",
                rs -> activite.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4)}), avecPeriode(portee, du, au));
        String condition = portee.niveau() == PorteeSupervision.Niveau.ORGANISME ? "o.id = ?" : "c.code = ?";
        return lire("SELECT CAST(o.id AS VARCHAR(20)), MAX(o.nom), COUNT(u.id) FROM organisme_partenaire o JOIN caf c ON c.id = o.caf_id"
                + " LEFT JOIN utilisateur u ON u.organisme_id = o.id WHERE " + condition + " GROUP BY o.id ORDER BY MAX(o.nom)", rs -> {
            long[] a = activite.getOrDefault(rs.getString(1), new long[3]);
            return new LigneOrganisme(rs.getString(1), rs.getString(2), rs.getLong(3), a[0], a[1], a[2]);
        }, portee.parametres());
    }

    /**
     * The Cnaf's rows per Caf, from the roll-ups only, in one statement: the accounts as the fold
     * last counted them ({@code sup_caf_comptes}, V24), connections and files from
     * {@code sup_caf_jour} (V23), the active accounts from the users per Caf and last active day
     * ({@code sup_caf_dernier_jour}, V24) when the period runs to the last day folded (who was
     * active in it is then who has his last day in it), else by counting the users' days.
     */
    private List<LigneOrganisme> parCaf(LocalDate du, LocalDate au) {
        Date dernier = lire("SELECT MAX(jour) FROM sup_utilisateur_jour", rs -> rs.getDate(1)).get(0);
        String actifs = dernier == null || !au.isBefore(dernier.toLocalDate())
                ? "SELECT code_caf, SUM(utilisateurs) AS n FROM sup_caf_dernier_jour WHERE dernier_jour >= ? AND dernier_jour <= ? GROUP BY code_caf"
                : "SELECT code_caf, COUNT(DISTINCT identifiant) AS n FROM sup_utilisateur_jour WHERE jour BETWEEN ? AND ? GROUP BY code_caf";
        return lire("SELECT k.code_caf, c.nom, k.comptes, COALESCE(d.n, 0), COALESCE(a.connexions, 0), COALESCE(a.dossiers, 0)"
                        + " FROM sup_caf_comptes k LEFT JOIN (SELECT code, MAX(nom) AS nom FROM caf GROUP BY code) c ON c.code = k.code_caf"
                        + " LEFT JOIN (SELECT code_caf, SUM(CASE WHEN nature = '" + PliageTraces.CONNEXION + "' THEN nombre ELSE 0 END) AS connexions,"
                        + " SUM(CASE WHEN nature = '" + PliageTraces.DOSSIER_CDAP + "' THEN nombre ELSE 0 END) AS dossiers FROM sup_caf_jour"
                        + " WHERE jour BETWEEN ? AND ? AND nature IN ('" + PliageTraces.CONNEXION + "', '" + PliageTraces.DOSSIER_CDAP + "')"
                        + " GROUP BY code_caf) a ON a.code_caf = k.code_caf"
                        + " LEFT JOIN (" + actifs + ") d ON d.code_caf = k.code_caf ORDER BY k.code_caf",
                rs -> new LigneOrganisme(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)),
                Date.valueOf(du), Date.valueOf(au), Date.valueOf(du), Date.valueOf(au));
    }

    /** The habilitations that began and ended in a month, per service: the ramp-up is their running sum. */
    public record MouvementHabilitations(YearMonth mois, String service, long entrees, long sorties) {
    }

    public List<MouvementHabilitations> mouvementsHabilitations(PorteeSupervision portee) {
        String condition = conditionOrganisme(portee);
        Map<String, long[]> parMois = new java.util.TreeMap<>();
        for (String[] colonne : new String[][]{{"valide_depuis", "0"}, {"devalidee_le", "1"}}) {
            lire("SELECT EXTRACT(YEAR FROM h." + colonne[0] + "), EXTRACT(MONTH FROM h." + colonne[0] + "), h.service_code, COUNT(*)"
                            + " FROM habilitation h JOIN organisme_partenaire o ON o.id = h.organisme_id JOIN caf c ON c.id = o.caf_id"
                            + " WHERE " + condition + " AND h." + colonne[0] + " IS NOT NULL GROUP BY EXTRACT(YEAR FROM h." + colonne[0]
                            + "), EXTRACT(MONTH FROM h." + colonne[0] + "), h.service_code",
                    rs -> parMois.computeIfAbsent(String.format("%04d-%02d|%s", rs.getInt(1), rs.getInt(2), rs.getString(3)),
                            k -> new long[2])[Integer.parseInt(colonne[1])] += rs.getLong(4), portee.parametres());
        }
        List<MouvementHabilitations> mouvements = new ArrayList<>();
        parMois.forEach((k, v) -> mouvements.add(new MouvementHabilitations(YearMonth.parse(k.substring(0, 7)), k.substring(8), v[0], v[1])));
        return mouvements;
    }

    /** A bulletin's quota of one profile and the habilitations in force under it (per Caf at the national level). */
    public record UsageQuota(String cle, String libelle, String service, String profil, long accorde, long utilise) {
    }

    public List<UsageQuota> quotas(PorteeSupervision portee) {
        boolean parCaf = portee.niveau() == PorteeSupervision.Niveau.NATIONAL;
        String cle = parCaf ? "c.code" : "CAST(o.id AS VARCHAR(20))";
        String libelle = parCaf ? "MAX(c.nom)" : "MAX(o.nom)";
        return lire("SELECT " + cle + ", " + libelle + ", b.service_code, q.profil, SUM(q.accorde),"
                        + " SUM((SELECT COUNT(*) FROM habilitation h WHERE h.convention_id = cv.id AND h.service_code = b.service_code"
                        + " AND h.profil = q.profil AND h.statut <> 'DEVALIDEE'))"
                        + " FROM quota_bulletin q JOIN bulletin_adhesion b ON b.id = q.bulletin_id JOIN convention cv ON cv.id = b.convention_id"
                        + " JOIN organisme_partenaire o ON o.id = cv.organisme_id JOIN caf c ON c.id = o.caf_id"
                        + " WHERE cv.statut IN ('ACTIVE', 'SUSPENDUE') AND " + conditionOrganisme(portee)
                        + " GROUP BY " + cle + ", b.service_code, q.profil ORDER BY 2, 3, 4",
                rs -> new UsageQuota(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6)),
                portee.parametres());
    }

    // ---- Alerts (R-TDB-7) -----------------------------------------------------------------------

    /** One user's day, as the alerts read it. */
    public record JourneeUtilisateur(LocalDate jour, String identifiant, long organismeId, String codeCaf, int connexions, int dossiers,
                                     int dossiersNuit, int dossiersAutreCaf) {
    }

    public List<JourneeUtilisateur> journees(PorteeSupervision portee, LocalDate du, LocalDate au) {
        return lire("SELECT jour, identifiant, organisme_id, code_caf, connexions, dossiers, dossiers_nuit, dossiers_autre_caf"
                        + " FROM sup_utilisateur_jour WHERE " + portee.condition("") + " AND jour BETWEEN ? AND ? AND dossiers > 0"
                        + " ORDER BY jour, identifiant",
                rs -> new JourneeUtilisateur(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8)), avecPeriode(portee, du, au));
    }

    /**
     * What the alerts' reading needs to know of the rules (R-TDB-7, {@code DetectionAlertes}): the
     * thresholds while a Caf has not set its own, the least files and days for the organisation's
     * usual to count, the days off of the period.
     */
    public record CriteresAlertes(int dossiersParJour, int facteurUsuel, int dossiersMin, int journeesMin, List<LocalDate> joursChomes) {
    }

    /**
     * The candidate days and, per organisation having them, its usual day (the median of its users'
     * days with files over the period) once it has {@code journeesMin} such days.
     */
    public record JourneesAtypiques(List<JourneeUtilisateur> journees, Map<Long, Integer> usuels) {
    }

    /**
     * The users' days of the period that may be atypical, by the same tests as the alerts (R-TDB-7),
     * computed by the database: it reads the scope's days once, computes each organisation's median
     * there (window functions, portable to H2), and returns only the days above a threshold, at
     * night, of another Caf, on a day off or above the organisation's usual — a few rows instead of
     * every user's day of the Caf.
     */
    public JourneesAtypiques journeesAtypiques(PorteeSupervision portee, LocalDate du, LocalDate au, CriteresAlertes criteres) {
        StringBuilder chomes = new StringBuilder();
        List<Object> parametres = new ArrayList<>(List.of(avecPeriode(portee, du, au)));
        parametres.add(criteres.dossiersParJour());
        for (LocalDate jour : criteres.joursChomes()) {
            chomes.append(chomes.isEmpty() ? " OR z.jour IN (?" : ", ?");
            parametres.add(Date.valueOf(jour));
        }
        if (!chomes.isEmpty()) {
            chomes.append(')');
        }
        parametres.addAll(List.of(criteres.journeesMin(), criteres.dossiersMin(), criteres.facteurUsuel()));
        Map<Long, Integer> usuels = new LinkedHashMap<>();
        List<JourneeUtilisateur> journees = lire("SELECT z.jour, z.identifiant, z.organisme_id, z.code_caf, z.connexions, z.dossiers,"
                        + " z.dossiers_nuit, z.dossiers_autre_caf, z.n, z.mediane FROM ("
                        // The median as DetectionAlertes takes it: the (n / 2 + 1)-th of the n days sorted by files.
                        + "SELECT y.*, MAX(CASE WHEN y.r = y.n / 2 + 1 THEN y.dossiers END) OVER (PARTITION BY y.organisme_id) AS mediane FROM ("
                        + "SELECT u.jour, u.identifiant, u.organisme_id, u.code_caf, u.connexions, u.dossiers, u.dossiers_nuit,"
                        + " u.dossiers_autre_caf, ROW_NUMBER() OVER (PARTITION BY u.organisme_id ORDER BY u.dossiers) AS r,"
                        + " COUNT(*) OVER (PARTITION BY u.organisme_id) AS n FROM sup_utilisateur_jour u WHERE " + portee.condition("u.")
                        + " AND u.jour BETWEEN ? AND ? AND u.dossiers > 0) y) z LEFT JOIN sup_seuil_alerte s ON s.code_caf = z.code_caf"
                        + " WHERE (z.dossiers > COALESCE(s.dossiers_par_jour, ?) OR z.dossiers_nuit > 0 OR z.dossiers_autre_caf > 0" + chomes
                        + " OR (z.n >= ? AND z.dossiers >= ? AND z.dossiers > COALESCE(s.facteur_usuel, ?)"
                        + " * CASE WHEN z.mediane > 1 THEN z.mediane ELSE 1 END)) ORDER BY z.jour, z.identifiant",
                rs -> {
                    if (rs.getLong(9) >= criteres.journeesMin()) {
                        usuels.put(rs.getLong(3), rs.getInt(10));
                    }
                    return new JourneeUtilisateur(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                            rs.getInt(6), rs.getInt(7), rs.getInt(8));
                }, parametres.toArray());
        return new JourneesAtypiques(journees, usuels);
    }

    /** A Caf's alert thresholds, when it has set them. */
    public record Seuils(int dossiersParJour, int facteurUsuel, Instant modifieLe, String modifiePar) {
    }

    public Optional<Seuils> seuils(String codeCaf) {
        List<Seuils> lus = lire("SELECT dossiers_par_jour, facteur_usuel, modifie_le, modifie_par FROM sup_seuil_alerte WHERE code_caf = ?",
                rs -> new Seuils(rs.getInt(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4)), codeCaf);
        return lus.stream().findFirst();
    }

    public void enregistrerSeuils(String codeCaf, Seuils seuils) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement maj = c.prepareStatement("UPDATE sup_seuil_alerte SET dossiers_par_jour = ?, facteur_usuel = ?, modifie_le = ?,"
                     + " modifie_par = ? WHERE code_caf = ?");
             PreparedStatement ajout = c.prepareStatement("INSERT INTO sup_seuil_alerte (dossiers_par_jour, facteur_usuel, modifie_le,"
                     + " modifie_par, code_caf) VALUES (?, ?, ?, ?, ?)")) {
            for (PreparedStatement ps : List.of(maj, ajout)) {
                ps.setInt(1, seuils.dossiersParJour());
                ps.setInt(2, seuils.facteurUsuel());
                ps.setTimestamp(3, Timestamp.from(seuils.modifieLe()));
                ps.setString(4, seuils.modifiePar());
                ps.setString(5, codeCaf);
            }
            if (maj.executeUpdate() == 0) {
                ajout.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- Demo ----------------------------------------------------------------------------------

    /** The CDAP files a person opened, as traced (the demo plants its consultations once). */
    public long consultationsTracees(String identifiant) {
        return lire("SELECT COUNT(*) FROM trace WHERE identifiant = ? AND action = 'CDAP_RECHERCHE'", rs -> rs.getLong(1), identifiant).get(0);
    }

    public boolean compteExiste(String identifiant) {
        return lire("SELECT COUNT(*) FROM utilisateur WHERE identifiant = ?", rs -> rs.getLong(1), identifiant).get(0) > 0;
    }

    // ---- Plumbing -------------------------------------------------------------------------------

    private static String conditionOrganisme(PorteeSupervision portee) {
        return switch (portee.niveau()) {
            case ORGANISME -> "o.id = ?";
            case CAF -> "c.code = ?";
            case NATIONAL -> "1 = 1";
        };
    }

    private static Object[] avecPeriode(PorteeSupervision portee, LocalDate du, LocalDate au) {
        Object[] scope = portee.parametres();
        Object[] tout = new Object[scope.length + 2];
        System.arraycopy(scope, 0, tout, 0, scope.length);
        tout[scope.length] = Date.valueOf(du);
        tout[scope.length + 1] = Date.valueOf(au);
        return tout;
    }

    private <T> List<T> lire(String sql, LectureSql.Lecteur<T> lecteur, Object... parametres) {
        try {
            return LectureSql.lignes(dataSource, sql, lecteur, parametres);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

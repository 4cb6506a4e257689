package org.eden.portail.tableaudebord;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Textes;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The statistics store (tables of migration V12), in plain JDBC: the figures are an outside
 * system's, read as they are and written in bulk, never mapped as portal entities. Reading one
 * table is one range of the primary key; the comparison of vintages one range of its index.
 * Writes join the caller's transaction (the container's data source), so an import replaces a
 * vintage's month entirely or not at all.
 */
@ApplicationScoped
public class EntrepotStatistiques {

    private static final String COLONNES = "millesime, mois, theme, regime, statut, niveau, code, indicateur, valeur, foyers";
    private static final int LOT = 1_000;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource dataSource;

    public EntrepotStatistiques() {
    }

    /** For the commands, outside the container. */
    public EntrepotStatistiques(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One table of the dashboard: every row and indicator of a theme at a level. */
    public List<Statistique> table(Millesime millesime, YearMonth mois, Theme theme, Regime regime, Statut statut, Niveau niveau) {
        return lire("SELECT " + COLONNES + " FROM tdb_statistique WHERE millesime = ? AND mois = ? AND theme = ? AND regime = ?"
                + " AND statut = ? AND niveau = ?", millesime.name(), Date.valueOf(mois.atDay(1)), theme.name(), regime.name(),
                statut.name(), niveau.name());
    }

    /** Every figure of a theme, vintage, month and régime: all levels and statuts (statistical secrecy is decided on them together). */
    public List<Statistique> cube(Millesime millesime, YearMonth mois, Theme theme, Regime regime) {
        return lire("SELECT " + COLONNES + " FROM tdb_statistique WHERE millesime = ? AND mois = ? AND theme = ? AND regime = ?",
                millesime.name(), Date.valueOf(mois.atDay(1)), theme.name(), regime.name());
    }

    /**
     * A cube's figures with the secrecy decided at their load (R-TDB-5): {@code secrets} runs
     * beside {@code figures}; {@code seuil} is the threshold it was decided under, null when it was
     * not (a load older than the flags, or written without them).
     */
    public record CubeLu(List<Statistique> figures, List<Boolean> secrets, Integer seuil) {
    }

    public CubeLu cubeLu(Millesime millesime, YearMonth mois, Theme theme, Regime regime) {
        List<Statistique> figures = new ArrayList<>();
        List<Boolean> secrets = new ArrayList<>();
        Integer seuil = null;
        Date jour = Date.valueOf(mois.atDay(1));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement requete = c.prepareStatement("SELECT seuil_secret FROM tdb_chargement WHERE millesime = ? AND mois = ?")) {
                requete.setString(1, millesime.name());
                requete.setDate(2, jour);
                try (ResultSet r = requete.executeQuery()) {
                    if (r.next()) {
                        int lu = r.getInt(1);
                        seuil = r.wasNull() ? null : lu;
                    }
                }
            }
            try (PreparedStatement requete = c.prepareStatement("SELECT " + COLONNES + ", secret FROM tdb_statistique"
                    + " WHERE millesime = ? AND mois = ? AND theme = ? AND regime = ?")) {
                requete.setString(1, millesime.name());
                requete.setDate(2, jour);
                requete.setString(3, theme.name());
                requete.setString(4, regime.name());
                try (ResultSet r = requete.executeQuery()) {
                    while (r.next()) {
                        figures.add(statistique(r));
                        boolean secret = r.getBoolean(11);
                        if (r.wasNull()) {
                            seuil = null;
                        }
                        secrets.add(secret);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Entrepôt des statistiques illisible", e);
        }
        return new CubeLu(figures, secrets, seuil);
    }

    /** R-TDB-6: the same table in every vintage loaded for the month. */
    public List<Statistique> comparaison(YearMonth mois, Theme theme, Regime regime, Statut statut, Niveau niveau) {
        return lire("SELECT " + COLONNES + " FROM tdb_statistique WHERE mois = ? AND theme = ? AND regime = ?"
                + " AND statut = ? AND niveau = ?", Date.valueOf(mois.atDay(1)), theme.name(), regime.name(),
                statut.name(), niveau.name());
    }

    /** What is loaded, latest month first. */
    public List<Chargement> chargements() {
        return lire("SELECT millesime, mois, lignes, charge_le, charge_par, source FROM tdb_chargement ORDER BY mois DESC, millesime",
                r -> new Chargement(Millesime.valueOf(r.getString(1)), YearMonth.from(r.getDate(2).toLocalDate()),
                        r.getInt(3), r.getTimestamp(4).toInstant(), r.getString(5), r.getString(6)));
    }

    public Optional<Chargement> chargement(Millesime millesime, YearMonth mois) {
        return lire("SELECT lignes, charge_le, charge_par, source FROM tdb_chargement WHERE millesime = ? AND mois = ?",
                r -> new Chargement(millesime, mois, r.getInt(1), r.getTimestamp(2).toInstant(), r.getString(3), r.getString(4)),
                millesime.name(), Date.valueOf(mois.atDay(1))).stream().findFirst();
    }

    /**
     * Replaces a vintage's month by these figures, in the caller's transaction: the old figures
     * are deleted and the new written in the same one, so readers see either, never a mix.
     */
    public void remplacer(Chargement chargement, List<Statistique> statistiques) {
        remplacer(chargement, statistiques, null, null);
    }

    /**
     * The same, with the secrecy of each figure decided under {@code seuil} (R-TDB-5), kept with it:
     * readers then need not decide it again.
     */
    public void remplacer(Chargement chargement, List<Statistique> statistiques, Predicate<Statistique> secret, Integer seuil) {
        Date mois = Date.valueOf(chargement.mois().atDay(1));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement suppression = c.prepareStatement("DELETE FROM tdb_statistique WHERE millesime = ? AND mois = ?");
                 PreparedStatement chargements = c.prepareStatement("DELETE FROM tdb_chargement WHERE millesime = ? AND mois = ?")) {
                for (PreparedStatement s : List.of(suppression, chargements)) {
                    s.setString(1, chargement.millesime().name());
                    s.setDate(2, mois);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement insertion = c.prepareStatement("INSERT INTO tdb_statistique (" + COLONNES
                    + ", secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int enAttente = 0;
                for (Statistique s : statistiques) {
                    insertion.setString(1, s.millesime().name());
                    insertion.setDate(2, mois);
                    insertion.setString(3, s.theme().name());
                    insertion.setString(4, s.regime().name());
                    insertion.setString(5, s.statut().name());
                    insertion.setString(6, s.niveau().name());
                    insertion.setString(7, s.code());
                    insertion.setString(8, s.indicateur());
                    insertion.setBigDecimal(9, s.valeur());
                    insertion.setLong(10, s.foyers());
                    if (secret == null) {
                        insertion.setNull(11, java.sql.Types.BOOLEAN);
                    } else {
                        insertion.setBoolean(11, secret.test(s));
                    }
                    insertion.addBatch();
                    if (++enAttente == LOT) {
                        insertion.executeBatch();
                        enAttente = 0;
                    }
                }
                if (enAttente > 0) {
                    insertion.executeBatch();
                }
            }
            try (PreparedStatement trace = c.prepareStatement("INSERT INTO tdb_chargement (millesime, mois, lignes, charge_le, charge_par, source, seuil_secret)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                trace.setString(1, chargement.millesime().name());
                trace.setDate(2, mois);
                trace.setInt(3, statistiques.size());
                trace.setTimestamp(4, Timestamp.from(chargement.chargeLe()));
                trace.setString(5, chargement.chargePar());
                trace.setString(6, Textes.tronquer(chargement.source(), 200));
                if (secret == null) {
                    trace.setNull(7, java.sql.Types.INTEGER);
                } else {
                    trace.setInt(7, seuil);
                }
                trace.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Écriture des statistiques impossible", e);
        }
    }

    private List<Statistique> lire(String sql, Object... parametres) {
        return lire(sql, EntrepotStatistiques::statistique, parametres);
    }

    private <T> List<T> lire(String sql, LectureSql.Lecteur<T> lecteur, Object... parametres) {
        try {
            return LectureSql.lignes(dataSource, sql, lecteur, parametres);
        } catch (SQLException e) {
            throw new IllegalStateException("Entrepôt des statistiques illisible", e);
        }
    }

    private static Statistique statistique(ResultSet r) throws SQLException {
        return new Statistique(Millesime.valueOf(r.getString(1)), YearMonth.from(r.getDate(2).toLocalDate()),
                Theme.valueOf(r.getString(3)), Regime.valueOf(r.getString(4)), Statut.valueOf(r.getString(5)),
                Niveau.valueOf(r.getString(6)), r.getString(7), r.getString(8), r.getBigDecimal(9), r.getLong(10));
    }
}

package org.eden.portail.tableaudebord;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The imports launched from the screen and their progress, in the database (migration V16): the
 * progress bar of any node reads them. The import itself is one long transaction, so its progress
 * and its end are written each in a transaction of their own ({@code REQUIRES_NEW}), visible at
 * once; the end only once the import's transaction is over. Each import carries the node that
 * runs it: at that node's next start, those still « en cours » are marked interrompus
 * ({@link ImportsInterrompus}).
 */
@Stateless
public class SuivisImports {

    private static final int MOTIF_MAX = 1000;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource dataSource;

    @Inject
    Clock horloge;

    /** A new import, « en cours » on {@code noeud}, written in the caller's transaction (the launch). */
    public SuiviImport nouveau(String fichier, String lancePar, String noeud) {
        Timestamp maintenant = Timestamp.from(horloge.instant());
        String id = UUID.randomUUID().toString();
        executer("INSERT INTO tdb_import (id, fichier, lance_par, lance_le, noeud, statut, pourcentage, etape, lignes_lues,"
                + " valeurs_chargees, refus_non_detailles, maj_le) VALUES (?, ?, ?, ?, ?, 'EN_COURS', 0, 'En attente', 0, 0, 0, ?)",
                id, tronquer(fichier, 200), lancePar, maintenant, noeud, maintenant);
        return suivi(id).orElseThrow();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void avancer(String id, int pourcentage, String etape, int lignesLues) {
        executer("UPDATE tdb_import SET pourcentage = GREATEST(pourcentage, CAST(? AS INTEGER)), etape = ?,"
                + " lignes_lues = GREATEST(lignes_lues, CAST(? AS INTEGER)), maj_le = ? WHERE id = ? AND statut = 'EN_COURS'",
                Math.min(99, pourcentage), tronquer(etape, 200), lignesLues, Timestamp.from(horloge.instant()), id);
    }

    /** The end of an import, once its own transaction is over (committed or rolled back). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void terminer(String id, RapportImport rapport) {
        SuiviImport.Statut statut = rapport.isInterrompu() ? SuiviImport.Statut.INTERROMPU
                : rapport.isCharge() ? SuiviImport.Statut.CHARGE : SuiviImport.Statut.REFUSE;
        int lignes = executer("UPDATE tdb_import SET statut = ?, pourcentage = 100, etape = ?, lignes_lues = ?, millesime = ?, mois = ?,"
                + " valeurs_chargees = ?, refus_non_detailles = ?, maj_le = ? WHERE id = ? AND statut = 'EN_COURS'",
                statut.name(), etape(statut), rapport.getLignesLues(), rapport.getMillesime(), rapport.getMois(), rapport.getValeursChargees(),
                rapport.getRefusNonDetailles(), Timestamp.from(horloge.instant()), id);
        if (lignes == 1) {
            int rang = 0;
            for (CoherenceStatistiques.Refus r : rapport.getRefus()) {
                executer("INSERT INTO tdb_import_refus (import_id, rang, ligne, motif) VALUES (?, ?, ?, ?)", id, rang++, r.numero(),
                        tronquer(r.motif(), MOTIF_MAX));
            }
        }
    }

    /**
     * R-TDB-6: the imports of {@code noeud} still « en cours » when it starts were cut by its stop;
     * their transaction died with it, so nothing of them is loaded. Marked interrompus, with a report.
     *
     * @return how many
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int interrompre(String noeud) {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT id FROM tdb_import WHERE noeud = ? AND statut = 'EN_COURS'")) {
            p.setString(1, noeud);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Suivi des imports illisible", e);
        }
        for (String id : ids) {
            SuiviImport suivi = suivi(id).orElseThrow();
            terminer(id, RapportImport.interrompu(suivi.getFichier(), null, null, suivi.getLignesLues()));
        }
        return ids.size();
    }

    public Optional<SuiviImport> suivi(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT fichier, lance_par, statut, pourcentage, etape, lignes_lues, millesime, mois,"
                     + " valeurs_chargees, refus_non_detailles FROM tdb_import WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                SuiviImport.Statut statut = SuiviImport.Statut.valueOf(r.getString(3));
                RapportImport rapport = null;
                if (statut != SuiviImport.Statut.EN_COURS) {
                    List<CoherenceStatistiques.Refus> refus = refus(c, id);
                    rapport = statut == SuiviImport.Statut.INTERROMPU
                            ? RapportImport.interrompu(r.getString(1), r.getString(7), r.getString(8), r.getInt(6))
                            : new RapportImport(r.getString(1), r.getString(7) == null ? null : Millesime.valueOf(r.getString(7)),
                            r.getString(8) == null ? null : YearMonth.parse(r.getString(8)), r.getInt(6), r.getInt(9), refus, r.getInt(10));
                }
                return Optional.of(new SuiviImport(id, r.getString(1), r.getString(2), statut, r.getInt(4), r.getString(5), r.getInt(6), rapport));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Suivi des imports illisible", e);
        }
    }

    private static List<CoherenceStatistiques.Refus> refus(Connection c, String id) throws SQLException {
        List<CoherenceStatistiques.Refus> refus = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT ligne, motif FROM tdb_import_refus WHERE import_id = ? ORDER BY rang")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    refus.add(new CoherenceStatistiques.Refus(r.getInt(1), r.getString(2)));
                }
            }
        }
        return refus;
    }

    private static String etape(SuiviImport.Statut statut) {
        return switch (statut) {
            case CHARGE -> "Chargé";
            case REFUSE -> "Refusé";
            case INTERROMPU -> "Interrompu";
            case EN_COURS -> "En cours";
        };
    }

    private static String tronquer(String texte, int longueur) {
        return texte == null || texte.length() <= longueur ? texte : texte.substring(0, longueur);
    }

    private int executer(String sql, Object... valeurs) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < valeurs.length; i++) {
                p.setObject(i + 1, valeurs[i]);
            }
            return p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Suivi des imports impossible à écrire", e);
        }
    }
}

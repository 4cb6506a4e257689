package org.eden.portail.cdap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Adresse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The beneficiary base over the portal's own tables (migration V9), in plain JDBC: it stands for
 * an outside system, so its rows are read as they are, not mapped as portal entities. Each query
 * reads one file's rows through the primary key (code_caf, numero, …): constant time whatever the
 * size of the base.
 */
@ApplicationScoped
public class BaseAllocatairesJdbc implements BaseAllocataires {

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource dataSource;

    @FunctionalInterface
    private interface Lecture<T> {
        T lire(ResultSet ligne) throws SQLException;
    }

    @Override
    public Optional<DossierAllocataire> dossier(String codeCaf, String numero) {
        List<DossierAllocataire> dossiers = lister("SELECT * FROM alloc_dossier WHERE code_caf = ? AND numero = ?", codeCaf, numero,
                l -> new DossierAllocataire(l.getString("code_caf"), l.getString("numero"),
                        new IdentiteAllocataire(l.getString("civilite"), l.getString("nom"), l.getString("prenom"),
                                jour(l, "date_naissance"), l.getString("situation_familiale"), l.getString("activite"),
                                jour(l, "date_affiliation")),
                        new Adresse(l.getString("adresse_ligne"), l.getString("code_postal"), l.getString("commune")),
                        new Logement(l.getString("logement_statut"), l.getString("logement_bailleur"), l.getBigDecimal("loyer"),
                                l.getBigDecimal("charges"), entier(l, "pieces"), jour(l, "logement_depuis")),
                        entier(l, "revenus_annee"),
                        new QuotientFamilial(entier(l, "quotient_familial"), jour(l, "qf_mois"))));
        return dossiers.stream().findFirst();
    }

    @Override
    public List<Personne> famille(String codeCaf, String numero) {
        return lister("SELECT role, nom, prenom, sexe, date_naissance FROM alloc_personne WHERE code_caf = ? AND numero = ? ORDER BY rang",
                codeCaf, numero, l -> new Personne(l.getString(1), l.getString(2), l.getString(3), l.getString(4), jour(l, 5)));
    }

    @Override
    public List<Droit> droits(String codeCaf, String numero) {
        return lister("SELECT prestation, montant, date_debut, date_fin FROM alloc_droit WHERE code_caf = ? AND numero = ?"
                        + " ORDER BY CASE WHEN date_fin IS NULL THEN 0 ELSE 1 END, date_debut DESC, rang",
                codeCaf, numero, l -> new Droit(Prestation.valueOf(l.getString(1)), l.getBigDecimal(2), jour(l, 3), jour(l, 4)));
    }

    @Override
    public List<Paiement> paiements(String codeCaf, String numero, LocalDate du, LocalDate au) {
        List<Paiement> paiements = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement requete = c.prepareStatement("SELECT date_paiement, montant, detail FROM alloc_paiement"
                     + " WHERE code_caf = ? AND numero = ? AND date_paiement BETWEEN ? AND ? ORDER BY date_paiement DESC")) {
            requete.setString(1, codeCaf);
            requete.setString(2, numero);
            requete.setDate(3, Date.valueOf(du));
            requete.setDate(4, Date.valueOf(au));
            try (ResultSet l = requete.executeQuery()) {
                while (l.next()) {
                    paiements.add(new Paiement(jour(l, 1), l.getBigDecimal(2), l.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Base allocataires illisible", e);
        }
        return paiements;
    }

    @Override
    public List<Courrier> courriers(String codeCaf, String numero) {
        return lister("SELECT date_envoi, objet FROM alloc_courrier WHERE code_caf = ? AND numero = ? ORDER BY date_envoi DESC, rang",
                codeCaf, numero, l -> new Courrier(jour(l, 1), l.getString(2)));
    }

    @Override
    public List<Ressource> ressources(String codeCaf, String numero) {
        return lister("SELECT annee, personne, nature, montant FROM alloc_ressource WHERE code_caf = ? AND numero = ? ORDER BY rang",
                codeCaf, numero, l -> new Ressource(l.getInt(1), l.getString(2), l.getString(3), l.getBigDecimal(4)));
    }

    @Override
    public List<Creance> creances(String codeCaf, String numero) {
        return lister("SELECT nature, date_creance, montant_initial, reste_du, retenue_mensuelle FROM alloc_creance"
                        + " WHERE code_caf = ? AND numero = ? ORDER BY date_creance DESC, rang",
                codeCaf, numero, l -> new Creance(l.getString(1), jour(l, 2), l.getBigDecimal(3), l.getBigDecimal(4), l.getBigDecimal(5)));
    }

    @Override
    public List<PeriodeRsa> periodesRsa(String codeCaf, String numero) {
        return lister("SELECT date_debut, date_fin, montant_mensuel FROM alloc_periode_rsa WHERE code_caf = ? AND numero = ?"
                        + " ORDER BY date_debut DESC", codeCaf, numero,
                l -> new PeriodeRsa(jour(l, 1), jour(l, 2), l.getBigDecimal(3)));
    }

    private <T> List<T> lister(String sql, String codeCaf, String numero, Lecture<T> lecture) {
        List<T> resultats = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement requete = c.prepareStatement(sql)) {
            requete.setString(1, codeCaf);
            requete.setString(2, numero);
            try (ResultSet l = requete.executeQuery()) {
                while (l.next()) {
                    resultats.add(lecture.lire(l));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Base allocataires illisible", e);
        }
        return resultats;
    }

    private static LocalDate jour(ResultSet l, String colonne) throws SQLException {
        Date d = l.getDate(colonne);
        return d == null ? null : d.toLocalDate();
    }

    private static LocalDate jour(ResultSet l, int colonne) throws SQLException {
        Date d = l.getDate(colonne);
        return d == null ? null : d.toLocalDate();
    }

    private static Integer entier(ResultSet l, String colonne) throws SQLException {
        int v = l.getInt(colonne);
        return l.wasNull() ? null : v;
    }
}

package org.eden.portail.cdap;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Portable writer (H2 and PostgreSQL): JDBC batches of {@code lot} files. Used by the demo data
 * and the tests; the million-file load on PostgreSQL uses {@link EcritureCopyPostgresql}.
 */
public final class EcritureJdbc implements EcritureDossiers {

    private final List<PreparedStatement> requetes = new ArrayList<>();
    private final int lot;
    private int enAttente;

    public EcritureJdbc(Connection connexion, int lot) throws SQLException {
        this.lot = lot;
        for (TablesBase.Table table : TablesBase.TABLES) {
            requetes.add(connexion.prepareStatement(table.insertion()));
        }
    }

    @Override
    public void ecrire(DossierGenere dossier) throws SQLException {
        for (int t = 0; t < TablesBase.TABLES.size(); t++) {
            PreparedStatement requete = requetes.get(t);
            for (Object[] ligne : TablesBase.TABLES.get(t).lignes().apply(dossier)) {
                for (int i = 0; i < ligne.length; i++) {
                    lier(requete, i + 1, ligne[i]);
                }
                requete.addBatch();
            }
        }
        if (++enAttente >= lot) {
            vider();
        }
    }

    private void vider() throws SQLException {
        for (PreparedStatement requete : requetes) {
            requete.executeBatch();
        }
        enAttente = 0;
    }

    private static void lier(PreparedStatement requete, int position, Object valeur) throws SQLException {
        if (valeur == null) {
            requete.setNull(position, Types.NULL);
        } else if (valeur instanceof LocalDate jour) {
            requete.setDate(position, Date.valueOf(jour));
        } else if (valeur instanceof BigDecimal montant) {
            requete.setBigDecimal(position, montant);
        } else if (valeur instanceof Integer entier) {
            requete.setInt(position, entier);
        } else {
            requete.setString(position, valeur.toString());
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (enAttente > 0) {
                vider();
            }
        } finally {
            for (PreparedStatement requete : requetes) {
                requete.close();
            }
        }
    }
}

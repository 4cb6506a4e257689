package org.eden.portail.cdap;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL writer for large bases: each table's rows are buffered in COPY text format and sent
 * with {@code COPY … FROM STDIN} every {@code lot} files (about 40 times faster than batched INSERTs).
 */
public final class EcritureCopyPostgresql implements EcritureDossiers {

    private final CopyManager copie;
    private final List<StringBuilder> tampons = new ArrayList<>();
    private final int lot;
    private int enAttente;

    public EcritureCopyPostgresql(Connection connexion, int lot) throws SQLException {
        this.copie = connexion.unwrap(PGConnection.class).getCopyAPI();
        this.lot = lot;
        for (int t = 0; t < TablesBase.TABLES.size(); t++) {
            tampons.add(new StringBuilder(1 << 20));
        }
    }

    @Override
    public void ecrire(DossierGenere dossier) throws SQLException {
        for (int t = 0; t < TablesBase.TABLES.size(); t++) {
            StringBuilder tampon = tampons.get(t);
            for (Object[] ligne : TablesBase.TABLES.get(t).lignes().apply(dossier)) {
                for (int i = 0; i < ligne.length; i++) {
                    if (i > 0) {
                        tampon.append('\t');
                    }
                    ajouter(tampon, ligne[i]);
                }
                tampon.append('\n');
            }
        }
        if (++enAttente >= lot) {
            vider();
        }
    }

    private static void ajouter(StringBuilder tampon, Object valeur) {
        if (valeur == null) {
            tampon.append("\\N");
            return;
        }
        String texte = valeur instanceof java.math.BigDecimal montant ? montant.toPlainString() : valeur.toString();
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            switch (c) {
                case '\\' -> tampon.append("\\\\");
                case '\t' -> tampon.append("\\t");
                case '\n' -> tampon.append("\\n");
                case '\r' -> tampon.append("\\r");
                default -> tampon.append(c);
            }
        }
    }

    private void vider() throws SQLException {
        try {
            for (int t = 0; t < tampons.size(); t++) {
                StringBuilder tampon = tampons.get(t);
                if (tampon.length() > 0) {
                    copie.copyIn(TablesBase.TABLES.get(t).copie(), new StringReader(tampon.toString()));
                    tampon.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new SQLException("COPY interrompu", e);
        }
        enAttente = 0;
    }

    @Override
    public void close() throws SQLException {
        if (enAttente > 0) {
            vider();
        }
    }
}

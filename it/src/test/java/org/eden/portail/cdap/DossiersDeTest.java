package org.eden.portail.cdap;

import org.eden.portail.shared.Horloge;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The allocataire files of the CDAP tests, generated as the demo's are: a seed of the test class's
 * own (the demo's, {@link DossiersDemo#GRAINE}, for its files), dated today, so that a test
 * computes again the very files the server holds.
 */
public final class DossiersDeTest {

    private DossiersDeTest() {
    }

    /** The generator of {@code graine}, dated today as the written files are. */
    public static GenerateurDossiers generateur(long graine) {
        return new GenerateurDossiers(graine, LocalDate.now(Horloge.FUSEAU));
    }

    /** The first {@code nombre} files of {@code graine} for the Caf {@code caf}, written by JDBC in the caller's transaction. */
    static void ecrire(DataSource base, long graine, String caf, int nombre) throws SQLException {
        try (Connection connexion = base.getConnection(); EcritureJdbc ecriture = new EcritureJdbc(connexion, 100)) {
            GenerateurDossiers g = generateur(graine);
            for (int rang = 0; rang < nombre; rang++) {
                ecriture.ecrire(g.generer(caf, rang));
            }
        }
    }
}

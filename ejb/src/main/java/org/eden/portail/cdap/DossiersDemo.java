package org.eden.portail.cdap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.DonneesDemoDuContexte;
import org.eden.portail.shared.Horloge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Demo beneficiary files (H2 only, called by the demo data loader): {@value #NOMBRE} synthetic
 * files of the Caf de l'Eure, made by {@link GenerateurDossiers} with seed {@value #GRAINE} on the
 * day of the first start. Their numéros are listed in the README's way: file {@code rang} has
 * numéro {@code new GenerateurDossiers(2026, day).numero(rang)}; the log gives the first ones.
 */
@ApplicationScoped
public class DossiersDemo implements DonneesDemoDuContexte {

    public static final int NOMBRE = 3_000;
    public static final long GRAINE = 2026;
    private static final Logger LOG = Logger.getLogger(DossiersDemo.class.getName());

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource dataSource;

    @Inject
    Clock horloge;

    /** After the conventions, before the habilitations: the order the demo always had. */
    @Override
    public int rang() {
        return 30;
    }

    @Override
    public void chargerSiAbsentes(Caf eure, boolean baseNeuve) {
        chargerSiAbsents(eure.getCode());
    }

    public void chargerSiAbsents(String codeCaf) {
        try (Connection connexion = dataSource.getConnection()) {
            try (PreparedStatement compte = connexion.prepareStatement("SELECT COUNT(*) FROM alloc_dossier WHERE code_caf = ?")) {
                compte.setString(1, codeCaf);
                try (ResultSet r = compte.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return;
                    }
                }
            }
            GenerateurDossiers generateur = new GenerateurDossiers(GRAINE, LocalDate.now(horloge.withZone(Horloge.FUSEAU)));
            try (EcritureJdbc ecriture = new EcritureJdbc(connexion, 500)) {
                for (int rang = 0; rang < NOMBRE; rang++) {
                    ecriture.ecrire(generateur.generer(codeCaf, rang));
                }
            }
            LOG.info(() -> NOMBRE + " dossiers allocataires de démonstration chargés pour la Caf " + codeCaf
                    + " (numéros " + generateur.numero(0) + ", " + generateur.numero(1) + ", " + generateur.numero(2) + "…).");
        } catch (SQLException e) {
            throw new IllegalStateException("Dossiers de démonstration impossibles à charger", e);
        }
    }
}

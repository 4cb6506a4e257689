package org.eden.portail.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Demo data for the embedded database: the Caf de l'Eure and the partner of the seed contract here,
 * then each context's share ({@link DonneesDemoDuContexte}: accounts, conventions, beneficiary
 * files, habilitations), in their order. Loaded only on H2 (the development default) and
 * never on PostgreSQL, whatever the settings, so a production database can not receive demo
 * accounts with a published password. {@code -Deden.demo=false} turns it off on H2 as well.
 */
@Singleton
@Startup
@DependsOn("MigrationSchema")
public class DonneesDemo {

    /** Published in the README: valid under the password rules (R-PWD-1). */
    public static final String MOT_DE_PASSE_DEMO = "Eden#Demo2026";
    public static final String CODE_CAF_EURE = "271";
    /** The partner of the seed contract, the CIAS, whose users and convention the contexts load. */
    public static final String SIRET_CIAS = "20004167100013";

    private static final Logger LOG = Logger.getLogger(DonneesDemo.class.getName());

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    private DataSource dataSource;

    @Inject
    CafRepository cafs;

    @Inject
    @Any
    Instance<DonneesDemoDuContexte> contextes;

    @PostConstruct
    void charger() {
        if (!Boolean.parseBoolean(System.getProperty("eden.demo", "true")) || !baseEmbarquee()) {
            return;
        }
        Caf eure = cafs.cafParCode(CODE_CAF_EURE).orElse(null);
        boolean baseNeuve = eure == null;
        if (baseNeuve) {
            eure = cafs.enregistrer(new Caf(CODE_CAF_EURE, "Caf de l'Eure",
                    new Adresse("11, allée des Soupirs, CS 82601", "27026", "Évreux Cedex")));
            cafs.enregistrer(new OrganismePartenaire(eure, "CIAS Intercom Bernay Terres de Normandie",
                    TypeOrganisme.CCAS_CIAS, SIRET_CIAS,
                    new Adresse("299, rue du Haut des Granges", "27300", "Bernay")));
        }
        // On a database made before a context's demo (the conventions came with V5), that context
        // loads its share at the next start.
        Caf caf = eure;
        contextes.stream()
                .sorted(Comparator.comparingInt(DonneesDemoDuContexte::rang))
                .forEach(contexte -> contexte.chargerSiAbsentes(caf, baseNeuve));
        if (baseNeuve) {
            LOG.info("Données de démonstration chargées (Caf de l'Eure, comptes de démonstration).");
        }
    }

    private boolean baseEmbarquee() {
        try (Connection connexion = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connexion.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Base de données injoignable", e);
        }
    }
}

package org.eden.portail.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * Demo data for the embedded database: the Caf de l'Eure, one account per Caf staff role, a Cnaf
 * agent and the partner of the seed contract. Loaded only on H2 (the development default) and
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

    private static final Logger LOG = Logger.getLogger(DonneesDemo.class.getName());

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    private DataSource dataSource;

    @Inject
    CafRepository cafs;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    Clock horloge;

    @PostConstruct
    void charger() {
        if (!Boolean.parseBoolean(System.getProperty("eden.demo", "true")) || !baseEmbarquee()) {
            return;
        }
        if (cafs.cafParCode(CODE_CAF_EURE).isPresent()) {
            return;
        }
        Caf eure = cafs.enregistrer(new Caf(CODE_CAF_EURE, "Caf de l'Eure",
                new Adresse("11, allée des Soupirs, CS 82601", "27026", "Évreux Cedex")));
        cafs.enregistrer(new OrganismePartenaire(eure, "CIAS Intercom Bernay Terres de Normandie",
                TypeOrganisme.CCAS_CIAS, "20004167100013",
                new Adresse("299, rue du Haut des Granges", "27300", "Bernay")));

        String hash = HachageMotDePasse.hacher(MOT_DE_PASSE_DEMO);
        var maintenant = horloge.instant();
        utilisateurs.enregistrer(Utilisateur.agentCaf(eure, "MAR271001", "Martin", "Claire",
                "claire.martin@caf27.demo.eden", hash, maintenant, EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF)));
        utilisateurs.enregistrer(Utilisateur.agentCaf(eure, "LER271002", "Leroy", "Hugo",
                "hugo.leroy@caf27.demo.eden", hash, maintenant, EnumSet.of(RoleCaf.VERIFICATEUR_CAF)));
        utilisateurs.enregistrer(Utilisateur.agentCaf(eure, "PET271003", "Petit", "Sophie",
                "sophie.petit@caf27.demo.eden", hash, maintenant, EnumSet.of(RoleCaf.SUPERVISEUR_CAF)));
        utilisateurs.enregistrer(Utilisateur.agentCnaf("DUB000001", "Dubois", "Marc",
                "marc.dubois@cnaf.demo.eden", hash, maintenant));
        LOG.info("Données de démonstration chargées (Caf de l'Eure, comptes de démonstration).");
    }

    private boolean baseEmbarquee() {
        try (Connection connexion = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connexion.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Base de données injoignable", e);
        }
    }
}

package org.eden.portail.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eden.portail.cdap.DossiersDemo;
import org.eden.portail.convention.ConventionsDemo;
import org.eden.portail.habilitation.HabilitationsDemo;
import org.eden.portail.identite.CompteurIdentifiant;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.ReglesUsage;
import org.eden.portail.identite.ReglesUsageRepository;
import org.eden.portail.identite.StatutCompte;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo data for the embedded database: the Caf de l'Eure, one account per Caf staff role, a Cnaf
 * agent, the partner of the seed contract and the demo conventions ({@link ConventionsDemo}). Loaded only on H2 (the development default) and
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
    /** Cnaf agents belong to no Caf: their identifiers carry this code. */
    static final String CODE_CNAF = "000";
    static final String PREMIERE_CONNEXION = "CHA271001";

    private static final Logger LOG = Logger.getLogger(DonneesDemo.class.getName());

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    private DataSource dataSource;

    @Inject
    CafRepository cafs;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    ReglesUsageRepository reglesUsage;

    @Inject
    ConventionsDemo conventions;

    @Inject
    DossiersDemo dossiers;

    @Inject
    HabilitationsDemo habilitations;

    @Inject
    Clock horloge;

    @PostConstruct
    void charger() {
        if (!Boolean.parseBoolean(System.getProperty("eden.demo", "true")) || !baseEmbarquee()) {
            return;
        }
        var existante = cafs.cafParCode(CODE_CAF_EURE);
        if (existante.isPresent()) {
            rafraichirPremiereConnexion();
            // A demo database made before the conventions (V5) gets them at its next start.
            conventions.chargerSiAbsentes(existante.get(), MOT_DE_PASSE_DEMO);
            dossiers.chargerSiAbsents(CODE_CAF_EURE);
            habilitations.chargerSiAbsentes(MOT_DE_PASSE_DEMO);
            return;
        }
        Caf eure = cafs.enregistrer(new Caf(CODE_CAF_EURE, "Caf de l'Eure",
                new Adresse("11, allée des Soupirs, CS 82601", "27026", "Évreux Cedex")));
        OrganismePartenaire cias = cafs.enregistrer(new OrganismePartenaire(eure, "CIAS Intercom Bernay Terres de Normandie",
                TypeOrganisme.CCAS_CIAS, "20004167100013",
                new Adresse("299, rue du Haut des Granges", "27300", "Bernay")));

        String hash = HachageMotDePasse.hacher(MOT_DE_PASSE_DEMO);
        Instant maintenant = horloge.instant();
        ReglesUsage regles = reglesUsage.enVigueur().orElseThrow();
        for (Utilisateur agent : List.of(
                Utilisateur.agentCaf(eure, identifiant("Martin", eure), "Martin", "Claire", "claire.martin@caf27.demo.eden", hash,
                        maintenant, EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF)),
                Utilisateur.agentCaf(eure, identifiant("Leroy", eure), "Leroy", "Hugo", "hugo.leroy@caf27.demo.eden", hash,
                        maintenant, EnumSet.of(RoleCaf.VERIFICATEUR_CAF)),
                Utilisateur.agentCaf(eure, identifiant("Petit", eure), "Petit", "Sophie", "sophie.petit@caf27.demo.eden", hash,
                        maintenant, EnumSet.of(RoleCaf.SUPERVISEUR_CAF)),
                Utilisateur.agentCnaf(identifiant("Dubois", null), "Dubois", "Marc", "marc.dubois@cnaf.demo.eden", hash, maintenant))) {
            utilisateurs.enregistrer(agent);
            reglesUsage.enregistrer(agent.accepterReglesUsage(regles, maintenant));
        }

        // First login pending (R-AUTH-2): the CIAS's administrator, as in the seed contract, with a
        // provisional password and the usage rules still to accept.
        utilisateurs.enregistrer(Utilisateur.partenaire(cias, identifiant("Charles", eure), "Charles", "Ludovic",
                "l.charles@bernay.demo.eden", hash, maintenant));

        // Expired password (R-PWD-3): changed seven months ago, rules accepted.
        Utilisateur expire = utilisateurs.enregistrer(Utilisateur.partenaire(cias, identifiant("Roussel", eure), "Roussel", "Frédéric",
                "f.roussel@bernay.demo.eden", hash, maintenant));
        expire.changerMotDePasse(hash, maintenant.atZone(Horloge.FUSEAU).minusMonths(7).toInstant(), 0);
        reglesUsage.enregistrer(expire.accepterReglesUsage(regles, maintenant));
        conventions.chargerSiAbsentes(eure, MOT_DE_PASSE_DEMO);
        dossiers.chargerSiAbsents(CODE_CAF_EURE);
        habilitations.chargerSiAbsentes(MOT_DE_PASSE_DEMO);
        LOG.info("Données de démonstration chargées (Caf de l'Eure, comptes de démonstration).");
    }

    /**
     * A provisional password lasts 24 hours (R-PWD-2): while the demo's first-login account has
     * not been through its first login, each start gives it a fresh one (the same demo password).
     */
    private void rafraichirPremiereConnexion() {
        utilisateurs.parIdentifiant(PREMIERE_CONNEXION)
                .filter(u -> u.getStatut() == StatutCompte.PROVISOIRE)
                .ifPresent(u -> u.attribuerMotDePasseProvisoire(HachageMotDePasse.hacher(MOT_DE_PASSE_DEMO),
                        horloge.instant(), 0));
    }

    /** Demo identifiers come from the same counters as real ones (R-HAB-1), so none is given twice. */
    private String identifiant(String nom, Caf caf) {
        return utilisateurs.compteurVerrouille(CompteurIdentifiant.prefixePour(nom), caf == null ? CODE_CNAF : caf.getCode())
                .attribuer();
    }

    private boolean baseEmbarquee() {
        try (Connection connexion = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connexion.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Base de données injoignable", e);
        }
    }
}

package org.eden.portail.convention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.identite.CompteurIdentifiant;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.DonneesDemo;
import org.eden.portail.shared.DonneesDemoDuContexte;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.logging.Logger;

import static org.eden.portail.shared.Horloge.FUSEAU;

/**
 * Demo conventions of the Caf de l'Eure (H2 only, called by the demo data loader): the seed
 * contract's 2017-187, active, and three partners in the other states a back office meets. Built
 * through the aggregate's own transitions, dated as they would have happened, so the history
 * reads like a real one.
 */
@ApplicationScoped
public class ConventionsDemo implements DonneesDemoDuContexte {

    private static final Logger LOG = Logger.getLogger(ConventionsDemo.class.getName());
    static final String ADMINISTRATEUR_CAF = "MAR271001";
    static final String VERIFICATEUR_CAF = "LER271001";

    @Inject
    ConventionRepository conventions;

    @Inject
    CafRepository cafs;

    @Inject
    UtilisateurRepository utilisateurs;

    /** After the accounts its contrats name (identite). */
    @Override
    public int rang() {
        return 20;
    }

    @Override
    public void chargerSiAbsentes(Caf eure, boolean baseNeuve) {
        chargerSiAbsentes(eure, DonneesDemo.MOT_DE_PASSE_DEMO);
    }

    /** Does nothing when the Caf already has conventions (a database loaded before V5 gets them once). */
    public void chargerSiAbsentes(Caf eure, String motDePasseDemo) {
        if (!conventions.conventionsDeLaCaf(eure.getCode()).isEmpty()) {
            return;
        }
        OrganismePartenaire cias = cafs.organismeParSiret("20004167100013").orElseThrow();
        conventionDuCias(eure, cias);
        brouillonDeVernon(eure);
        aVerifierDuDepartement(eure);
        suspendueDeLAssociation(eure, HachageMotDePasse.hacher(motDePasseDemo));
        LOG.info("Conventions de démonstration chargées (2017-187 active, brouillon, à vérifier, suspendue).");
    }

    /** The seed contract: delegated mode, CDAP T2 for 20 users, its contacts linked to the demo accounts. */
    private void conventionDuCias(Caf eure, OrganismePartenaire cias) {
        String charles = identifiantDe(cias, "Charles");
        String roussel = identifiantDe(cias, "Roussel");
        // One person, two roles of the contract: two values, as each column group is its own.
        Contact securite = new Contact("ROUSSEL", "Frédéric", "informatique@cc-bernay.com", "02 32 43 50 06").avecCompte(roussel);
        Contact referent = new Contact("ROUSSEL", "Frédéric", "informatique@cc-bernay.com", "02 32 43 50 06").avecCompte(roussel);
        Convention c = Convention.enregistrer(eure, cias, conventions.compteurVerrouille(eure.getCode(), 2017).reprendre(187),
                new ContratDeService(ModeGestion.DELEGUE,
                        new Contact("CHARLES", "Ludovic", "direction.ej@bernaynormandie.fr", "06 03 75 02 19"),
                        null, securite, referent),
                LocalDate.of(2017, 11, 16), ADMINISTRATEUR_CAF, le(2017, 11, 28, 10));
        c.fixerQuota(service(ServiceCatalogue.CDAP), "T2", 20, 20);
        c.soumettre(ADMINISTRATEUR_CAF, le(2017, 11, 28, 11));
        c.valider(VERIFICATEUR_CAF, le(2017, 12, 8, 9));
        c.rattacherComptes(charles, null);
        c.activer(VERIFICATEUR_CAF, le(2017, 12, 8, 9));
        conventions.enregistrer(c);
    }

    private void brouillonDeVernon(Caf eure) {
        OrganismePartenaire vernon = organisme(eure, "Commune de Vernon", TypeOrganisme.COMMUNE, "21270681100016",
                new Adresse("Place Barette", "27200", "Vernon"));
        Convention c = Convention.enregistrer(eure, vernon, conventions.compteurVerrouille(eure.getCode(), 2026).attribuer(),
                new ContratDeService(ModeGestion.CENTRALISE,
                        new Contact("GIRARD", "Élodie", "e.girard@vernon.demo.eden", "02 32 64 38 00"), null, null, null),
                LocalDate.of(2026, 12, 1), ADMINISTRATEUR_CAF, le(2026, 11, 2, 14));
        c.fixerQuota(service(ServiceCatalogue.CDAP), "T2", 4, 3);
        conventions.enregistrer(c);
    }

    private void aVerifierDuDepartement(Caf eure) {
        OrganismePartenaire departement = organisme(eure, "Conseil départemental de l'Eure", TypeOrganisme.CONSEIL_DEPARTEMENTAL,
                "22270001300014", new Adresse("14, boulevard Georges Chauvin", "27000", "Évreux"));
        Convention c = Convention.enregistrer(eure, departement, conventions.compteurVerrouille(eure.getCode(), 2026).attribuer(),
                new ContratDeService(ModeGestion.DELEGUE,
                        new Contact("FONTAINE", "Julien", "j.fontaine@eure.demo.eden", "02 32 31 50 50"),
                        new Contact("MOREAU", "Camille", "c.moreau@eure.demo.eden", "02 32 31 50 51"),
                        new Contact("BLANC", "Thierry", "rssi@eure.demo.eden", "02 32 31 50 60"),
                        new Contact("BLANC", "Thierry", "cil@eure.demo.eden", "02 32 31 50 61")),
                LocalDate.of(2027, 1, 1), ADMINISTRATEUR_CAF, le(2026, 10, 15, 9));
        ServiceCatalogue cdap = service(ServiceCatalogue.CDAP);
        c.fixerQuota(cdap, "T4", 15, 15);
        c.fixerQuota(cdap, "T5", 12, 10);
        c.fixerQuota(cdap, "T18", 2, 2);
        c.fixerQuota(cdap, "T19", 2, 2);
        c.fixerQuota(service(ServiceCatalogue.TABLEAU_DE_BORD), "AGENT_CONSEIL_DEPARTEMENTAL", 5, 3);
        c.soumettre(ADMINISTRATEUR_CAF, le(2026, 10, 20, 16));
        conventions.enregistrer(c);
    }

    /** Suspended after the Caf found a breach (R-CONV-8); its administrator's account exists. */
    private void suspendueDeLAssociation(Caf eure, String hash) {
        OrganismePartenaire association = organisme(eure, "Familles Rurales du Pays d'Ouche", TypeOrganisme.ASSOCIATION,
                "43123456700011", new Adresse("3, rue de l'Église", "27250", "Rugles"));
        Instant cree = le(2023, 3, 6, 10);
        Utilisateur admin = utilisateurs.enregistrer(Utilisateur.partenaire(association,
                utilisateurs.compteurVerrouille(CompteurIdentifiant.prefixePour("Lefebvre"), eure.getCode()).attribuer(),
                "Lefebvre", "Nadia", "n.lefebvre@ouche.demo.eden", hash, cree));
        Convention c = Convention.enregistrer(eure, association, conventions.compteurVerrouille(eure.getCode(), 2023).reprendre(45),
                new ContratDeService(ModeGestion.DELEGUE,
                        new Contact("LEFEBVRE", "Nadia", "n.lefebvre@ouche.demo.eden", "02 32 24 60 10"), null, null, null),
                LocalDate.of(2023, 3, 1), ADMINISTRATEUR_CAF, le(2023, 2, 20, 10));
        ServiceCatalogue afas = service(ServiceCatalogue.AFAS);
        c.fixerQuota(afas, "FOURNISSEUR_ACTIVITE", 2, 2);
        c.fixerQuota(afas, "FOURNISSEUR_FINANCIER", 2, 2);
        c.fixerQuota(afas, "APPROBATEUR", 1, 1);
        c.soumettre(ADMINISTRATEUR_CAF, le(2023, 2, 21, 10));
        c.valider(VERIFICATEUR_CAF, le(2023, 3, 6, 10));
        c.rattacherComptes(admin.getIdentifiant(), null);
        c.activer(VERIFICATEUR_CAF, le(2023, 3, 6, 10));
        c.suspendre(ADMINISTRATEUR_CAF, "Revue inverse des habilitations non transmise malgré deux relances", le(2026, 9, 1, 9));
        conventions.enregistrer(c);
    }

    private OrganismePartenaire organisme(Caf caf, String nom, TypeOrganisme type, String siret, Adresse adresse) {
        return cafs.organismeParSiret(siret).orElseGet(() -> cafs.enregistrer(new OrganismePartenaire(caf, nom, type, siret, adresse)));
    }

    private String identifiantDe(OrganismePartenaire organisme, String nom) {
        return utilisateurs.deLOrganisme(organisme.getId()).stream()
                .filter(u -> u.getNom().equalsIgnoreCase(nom))
                .map(Utilisateur::getIdentifiant)
                .findFirst().orElse(null);
    }

    private ServiceCatalogue service(String code) {
        return conventions.service(code).orElseThrow();
    }

    private static Instant le(int annee, int mois, int jour, int heure) {
        return LocalDate.of(annee, mois, jour).atTime(LocalTime.of(heure, 0)).atZone(FUSEAU).toInstant();
    }
}

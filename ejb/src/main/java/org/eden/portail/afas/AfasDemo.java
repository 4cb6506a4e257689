package org.eden.portail.afas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.convention.Contact;
import org.eden.portail.convention.ContratDeService;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.habilitation.HabilitationRepository;
import org.eden.portail.habilitation.PartenairesDeDemo;
import org.eden.portail.habilitation.RoleGroupe;
import org.eden.portail.identite.ComptesActifsDemo;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.DonneesDemo;
import org.eden.portail.shared.DonneesDemoDuContexte;
import org.eden.portail.shared.Fuseau;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The AFAS demo (H2 only): a partner of the Caf de l'Eure whose convention is active with an AFAS
 * bulletin — the association Les P'tits Loups du Lieuvin —, its ALSH and its EAJE, its
 * administrateur (no AFAS role, R-HAB-12) and its three AFAS users: Léa Fontaine provides the
 * activity, Marc Bertin the finances, Hélène Caron approves (AFAS-Habiliter). The ALSH has last
 * year's réel, transmitted, and this year's prévisionnel in progress whose hours rise by 25 %: one
 * warning (AFAS-C05) to justify before approval. Familles Rurales du Pays d'Ouche keeps its
 * suspended convention: its rights are stopped (R-CONV-8), so it cannot show AFAS. At the Caf, Nadia
 * Vasseur (VAS271001) is the gestionnaire AFAS: last year's réel awaits her in the back office.
 */
@ApplicationScoped
public class AfasDemo implements DonneesDemoDuContexte {

    static final String SIRET = "44123456700002";
    private static final Logger LOG = Logger.getLogger(AfasDemo.class.getName());
    private static final String VERIFICATEUR_CAF = "LER271001";
    private static final String ADMINISTRATEUR_CAF = "MAR271001";

    @Inject
    ComptesActifsDemo comptes;

    @Inject
    CafRepository cafs;

    @Inject
    PartenairesDeDemo partenaires;

    @Inject
    HabilitationRepository habilitations;

    @Inject
    AfasRepository depot;

    @Inject
    Clock horloge;

    /** After the conventions and the habilitations. */
    @Override
    public int rang() {
        return 50;
    }

    @Override
    public void chargerSiAbsentes(Caf eure, boolean baseNeuve) {
        if (cafs.organismeParSiret(SIRET).isPresent()) {
            return;
        }
        Instant maintenant = horloge.instant();
        String hash = HachageMotDePasse.hacher(DonneesDemo.MOT_DE_PASSE_DEMO);
        OrganismePartenaire loups = cafs.enregistrer(new OrganismePartenaire(eure, "Association Les P'tits Loups du Lieuvin",
                TypeOrganisme.ASSOCIATION, SIRET, new Adresse("12, place de la Mairie", "27230", "Thiberville")));
        Utilisateur admin = utilisateur(loups, "Morel", "Julie", hash, maintenant);
        Map<String, Integer> quotas = new LinkedHashMap<>();
        for (RoleAfas role : RoleAfas.values()) {
            quotas.put(role.name(), role.plafond());
        }
        Convention c = partenaires.conventionActive(loups,
                new ContratDeService(ModeGestion.DELEGUE, new Contact("MOREL", "Julie", admin.getEmail(), "02 32 46 80 12")
                        .avecCompte(admin.getIdentifiant()), null, null, null),
                admin.getIdentifiant(), LocalDate.of(2026, 1, 1), ServiceCatalogue.AFAS, quotas, ADMINISTRATEUR_CAF, VERIFICATEUR_CAF,
                maintenant);

        Utilisateur activite = groupe(c, admin, "Accueil de loisirs", RoleAfas.FOURNISSEUR_ACTIVITE,
                utilisateur(loups, "Fontaine", "Léa", hash, maintenant), maintenant);
        Utilisateur finances = groupe(c, admin, "Comptabilité", RoleAfas.FOURNISSEUR_FINANCIER,
                utilisateur(loups, "Bertin", "Marc", hash, maintenant), maintenant);
        Utilisateur approbateur = groupe(c, admin, "Direction", RoleAfas.APPROBATEUR,
                utilisateur(loups, "Caron", "Hélène", hash, maintenant), maintenant);
        habilitations.ecrire();

        Equipement alsh = depot.enregistrer(new Equipement(loups, "Accueil de loisirs Les P'tits Loups", TypeEquipement.ALSH,
                new Adresse("4, rue des Écoles", "27230", "Thiberville"), "ALSH-27-0412", 48, new BigDecimal("10")));
        Equipement eaje = depot.enregistrer(new Equipement(loups, "Multi-accueil Les Lucioles", TypeEquipement.EAJE,
                new Adresse("1, allée des Tilleuls", "27230", "Thiberville"), "EAJE-27-0187", 24, new BigDecimal("11")));
        for (Equipement e : List.of(alsh, eaje)) {
            depot.enregistrer(new AffectationEquipement(e, activite, RoleAfas.FOURNISSEUR_ACTIVITE, admin.getIdentifiant(), maintenant));
            depot.enregistrer(new AffectationEquipement(e, finances, RoleAfas.FOURNISSEUR_FINANCIER, admin.getIdentifiant(), maintenant));
            depot.enregistrer(new AffectationEquipement(e, approbateur, RoleAfas.APPROBATEUR, admin.getIdentifiant(), maintenant));
        }
        Utilisateur gestionnaire = gestionnaireAfas(eure, hash, maintenant);
        declarations(alsh, activite, finances, approbateur, gestionnaire, maintenant);
        depot.ecrire();
        LOG.info("AFAS de démonstration chargée : Les P'tits Loups du Lieuvin, un ALSH et un EAJE, "
                + activite.getIdentifiant() + " (activité), " + finances.getIdentifiant() + " (finances), "
                + approbateur.getIdentifiant() + " (approbateur) ; à la Caf, " + gestionnaire.getIdentifiant() + " (gestionnaire AFAS).");
    }

    /**
     * The réels of three years before, validated by the Caf (the statistics of R-AFAS-8 show several
     * exercices); last year's réel, transmitted; this year's prévisionnel in progress, hours up 25 %
     * (AFAS-C05 to justify).
     */
    private void declarations(Equipement alsh, Utilisateur activite, Utilisateur finances, Utilisateur approbateur, Utilisateur gestionnaire,
                              Instant maintenant) {
        LocalDate jour = LocalDate.ofInstant(maintenant, Fuseau.PARIS);
        int exercice = jour.isBefore(CalendrierCampagne.DEFAUT.ouverture(NatureDeclaration.PREVISIONNEL, jour.getYear()))
                ? jour.getYear() - 1 : jour.getYear();
        String[][] anciens = {{"21000", "27000", "196000", "52000", "88000"}, {"22500", "30000", "203000", "55000", "92000"}};
        for (int k = 0; k < anciens.length; k++) {
            String[] a = anciens[k];
            Declaration ancien = Declaration.ouvrir(alsh, exercice - 3 + k, NatureDeclaration.REEL, null, activite.getIdentifiant(), maintenant);
            ancien.enregistrer(Partie.ACTIVITE, 0, activite(a[0], a[1]), activite.getIdentifiant(), maintenant);
            ancien.enregistrer(Partie.FINANCES, 0, finances(a[2], a[3], a[4]), finances.getIdentifiant(), maintenant);
            ancien.soumettre(List.of(), activite.getIdentifiant(), maintenant);
            ancien.transmettre(approbateur.getIdentifiant(), maintenant);
            ancien.recevoir(gestionnaire.getIdentifiant(), maintenant);
            ancien.valider(gestionnaire.getIdentifiant(), maintenant);
            depot.enregistrer(ancien);
        }
        Declaration reel = Declaration.ouvrir(alsh, exercice - 1, NatureDeclaration.REEL, null, activite.getIdentifiant(), maintenant);
        reel.enregistrer(Partie.ACTIVITE, 0, activite("24000", "32000"), activite.getIdentifiant(), maintenant);
        reel.enregistrer(Partie.FINANCES, 0, finances("210000", "58000", "96000"), finances.getIdentifiant(), maintenant);
        reel.soumettre(List.of(), activite.getIdentifiant(), maintenant);
        reel.transmettre(approbateur.getIdentifiant(), maintenant);
        depot.enregistrer(reel);

        Declaration previsionnel = Declaration.ouvrir(alsh, exercice, NatureDeclaration.PREVISIONNEL, reel, activite.getIdentifiant(),
                maintenant);
        previsionnel.enregistrer(Partie.ACTIVITE, 0, activite("30000", "40000"), activite.getIdentifiant(), maintenant);
        depot.enregistrer(previsionnel);
    }

    private static Map<Poste, BigDecimal> activite(String heuresMoins6, String heuresPlus6) {
        Map<Poste, BigDecimal> v = new EnumMap<>(Poste.class);
        v.put(Poste.JOURS_PERISCOLAIRE, new BigDecimal("144"));
        v.put(Poste.JOURS_EXTRASCOLAIRE, new BigDecimal("64"));
        v.put(Poste.PLACES, new BigDecimal("48"));
        v.put(Poste.HEURES_OUVERTURE_JOUR, new BigDecimal("10"));
        v.put(Poste.HEURES_REALISEES_MOINS_6, new BigDecimal(heuresMoins6));
        v.put(Poste.HEURES_REALISEES_PLUS_6, new BigDecimal(heuresPlus6));
        v.put(Poste.HEURES_FACTUREES_MOINS_6, new BigDecimal(heuresMoins6));
        v.put(Poste.HEURES_FACTUREES_PLUS_6, new BigDecimal(heuresPlus6));
        v.put(Poste.NOMBRE_ENFANTS, new BigDecimal("156"));
        return v;
    }

    /** A plausible account: staff {@code personnel}, families {@code familles}, Caf service {@code caf}; totals balanced. */
    private static Map<Poste, BigDecimal> finances(String personnel, String familles, String caf) {
        Map<Poste, BigDecimal> v = new EnumMap<>(Poste.class);
        v.put(Poste.CHARGES_ACHATS, new BigDecimal("28000"));
        v.put(Poste.CHARGES_SERVICES_EXTERIEURS, new BigDecimal("36000"));
        v.put(Poste.CHARGES_IMPOTS, new BigDecimal("4000"));
        v.put(Poste.CHARGES_PERSONNEL, new BigDecimal(personnel));
        v.put(Poste.CHARGES_AUTRES, new BigDecimal("12000"));
        v.put(Poste.CHARGES_CONTRIBUTIONS_NATURE, new BigDecimal("8000"));
        BigDecimal charges = new BigDecimal("88000").add(new BigDecimal(personnel));
        v.put(Poste.TOTAL_CHARGES_DECLARE, charges);
        v.put(Poste.PRODUITS_PARTICIPATIONS_FAMILLES, new BigDecimal(familles));
        v.put(Poste.PRODUITS_VENTES, BigDecimal.ZERO);
        v.put(Poste.PRODUITS_CAF_PRESTATION_SERVICE, new BigDecimal(caf));
        v.put(Poste.PRODUITS_CAF_AUTRES, new BigDecimal("6000"));
        v.put(Poste.PRODUITS_DEPARTEMENT, new BigDecimal("8000"));
        v.put(Poste.PRODUITS_ETAT, new BigDecimal("4000"));
        v.put(Poste.PRODUITS_MSA, BigDecimal.ZERO);
        v.put(Poste.PRODUITS_AUTRES_SUBVENTIONS, BigDecimal.ZERO);
        v.put(Poste.PRODUITS_AUTRES, new BigDecimal("2000"));
        v.put(Poste.PRODUITS_CONTRIBUTIONS_NATURE, new BigDecimal("8000"));
        BigDecimal sansCommune = new BigDecimal(familles).add(new BigDecimal(caf)).add(new BigDecimal("28000"));
        v.put(Poste.PRODUITS_COMMUNE, charges.subtract(sansCommune));
        v.put(Poste.TOTAL_PRODUITS_DECLARE, charges);
        return v;
    }

    private Utilisateur groupe(Convention c, Utilisateur admin, String nom, RoleAfas role, Utilisateur membre, Instant maintenant) {
        return partenaires.groupeHabilite(c, nom, new RoleGroupe(ServiceCatalogue.AFAS, role.name()), membre, admin.getIdentifiant(), maintenant);
    }

    /** The Caf's gestionnaire AFAS (R-AFAS-5, R-AFAS-7): receives last year's réel transmitted, runs the campaigns. */
    private Utilisateur gestionnaireAfas(Caf eure, String hash, Instant maintenant) {
        return comptes.creer("Vasseur", eure.getCode(), identifiant -> Utilisateur.agentCaf(eure, identifiant, "Vasseur", "Nadia",
                "nadia.vasseur@caf27.demo.eden", hash, maintenant, java.util.EnumSet.of(RoleCaf.GESTIONNAIRE_AFAS)), hash, maintenant);
    }

    /** A user who already chose his password and accepted the usage rules: he logs in straight away. */
    private Utilisateur utilisateur(OrganismePartenaire organisme, String nom, String prenom, String hash, Instant maintenant) {
        String email = (prenom.charAt(0) + "." + nom).toLowerCase(java.util.Locale.ROOT).replace("é", "e") + "@lieuvin.demo.eden";
        Utilisateur u = comptes.partenaire(organisme, nom, prenom, email, hash, maintenant);
        habilitations.ecrire();
        return u;
    }
}

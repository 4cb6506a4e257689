package org.eden.portail.afas;

import org.eden.portail.shared.ReferentielDeTest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eden.portail.convention.Contact;
import org.eden.portail.convention.ContratDeService;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.habilitation.Groupe;
import org.eden.portail.habilitation.Habilitation;
import org.eden.portail.habilitation.HabilitationRepository;
import org.eden.portail.habilitation.Rattachement;
import org.eden.portail.habilitation.RoleGroupe;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The AFAS tests' Caf 974 (AfasIT; AfasEcransIT makes the same for Caf 976) and its partner, whose active convention carries an AFAS bulletin: two
 * activity providers, one financial provider, one approver (AFAS-Habiliter), each in a group
 * carrying his role, and a user of the partner with no AFAS role. Made straight through the
 * repositories (no mail), in a transaction of the caller's. Public for the keyboard test of an AFAS
 * part (ClavierIT, Caf 973), which lives with the other keyboard tests, and the supervision's. A
 * bean: a test injects it rather than the five repositories it writes through.
 */
@Dependent
public final class DonneesAfasDeTest {

    static final String CAF = "974";
    static final String SIRET = "97400000000006";
    public static final String MOT_DE_PASSE = "Clair#Matin2026";
    public static final String ADMIN_CAF = "ADM974001";
    static final String VERIFICATEUR = "VER974001";
    static final String ADMIN_PARTENAIRE = "ADP974001";
    public static final String ACTIVITE = "ACT974001";
    static final String ACTIVITE_2 = "ACT974002";
    public static final String FINANCES = "FIN974001";
    public static final String APPROBATEUR = "APP974001";
    static final String SANS_ROLE = "SAN974001";

    private final ReferentielDeTest referentiel;
    private final CafRepository cafs;
    private final UtilisateurRepository utilisateurs;
    private final HabilitationRepository habilitations;

    @Inject
    DonneesAfasDeTest(ReferentielDeTest referentiel, CafRepository cafs, UtilisateurRepository utilisateurs,
                      HabilitationRepository habilitations) {
        this.referentiel = referentiel;
        this.cafs = cafs;
        this.utilisateurs = utilisateurs;
        this.habilitations = habilitations;
    }

    /** Caf 974's (AfasIT's). */
    void preparer() {
        preparer(CAF, SIRET);
    }

    /** The partner of these test data with this SIRET (each Caf's its own). */
    public Long organismeId(String siret) {
        return cafs.organismeParSiret(siret).orElseThrow().getId();
    }

    /** An identifier of these test data for another Caf: {@code identifiant(ACTIVITE, "976")} is ACT976001. */
    public static String identifiant(String deLaCaf974, String caf) {
        return deLaCaf974.replace(CAF, caf);
    }

    /** The same partner, users and groups for another Caf (each class its own Caf: no shared state between classes). */
    public void preparer(String codeCaf, String siret) {
        if (cafs.organismeParSiret(siret).isPresent()) {
            return;
        }
        String adminCaf = identifiant(DonneesAfasDeTest.ADMIN_CAF, codeCaf);
        String verificateur = identifiant(DonneesAfasDeTest.VERIFICATEUR, codeCaf);
        String adminPartenaire = identifiant(DonneesAfasDeTest.ADMIN_PARTENAIRE, codeCaf);
        String activite = identifiant(DonneesAfasDeTest.ACTIVITE, codeCaf);
        String activite2 = identifiant(DonneesAfasDeTest.ACTIVITE_2, codeCaf);
        String finances = identifiant(DonneesAfasDeTest.FINANCES, codeCaf);
        String approbateur = identifiant(DonneesAfasDeTest.APPROBATEUR, codeCaf);
        String sansRole = identifiant(DonneesAfasDeTest.SANS_ROLE, codeCaf);
        Instant maintenant = HorlogeDuServeur.maintenant();
        String hash = HachageMotDePasse.hacher(MOT_DE_PASSE);
        Caf caf = referentiel.caf(codeCaf, "Caf d'essai de l'AFAS " + codeCaf);
        for (String[] agent : new String[][]{{adminCaf, "ADMINISTRATEUR_CAF"}, {verificateur, "VERIFICATEUR_CAF"}}) {
            Utilisateur u = utilisateurs.enregistrer(Utilisateur.agentCaf(caf, agent[0], "Agent", "Afas", agent[0].toLowerCase() + "@caf" + codeCaf + ".test",
                    hash, maintenant, EnumSet.of(RoleCaf.valueOf(agent[1]))));
            actif(u, hash);
        }
        OrganismePartenaire organisme = referentiel.organisme(caf, "Association Les Petits Pas", siret, TypeOrganisme.ASSOCIATION,
                "3, rue des Écoles", codeCaf + "00");
        for (String id : List.of(adminPartenaire, activite, activite2, finances, approbateur, sansRole)) {
            actif(utilisateurs.enregistrer(Utilisateur.partenaire(organisme, id, "Nom" + id.substring(0, 3), "Prénom",
                    id.toLowerCase() + "@partenaire" + codeCaf + ".test", hash, maintenant)), hash);
        }
        Convention convention = referentiel.conventionActive(caf, organisme,
                new ContratDeService(ModeGestion.DELEGUE, new Contact("Admin", "Afas", adminPartenaire.toLowerCase() + "@partenaire" + codeCaf + ".test", "01"), null, null, null),
                c -> {
                    for (RoleAfas role : RoleAfas.values()) {
                        c.fixerQuota(referentiel.service(ServiceCatalogue.AFAS), role.name(), 2, role.plafond());
                    }
                    c.fixerQuota(referentiel.service(ServiceCatalogue.CDAP), "T2", 2, 2);
                }, adminCaf, verificateur, adminPartenaire, null);
        groupe(adminPartenaire, convention, organisme, "Activité", new RoleGroupe(ServiceCatalogue.AFAS, RoleAfas.FOURNISSEUR_ACTIVITE.name()),
                maintenant, activite, activite2);
        groupe(adminPartenaire, convention, organisme, "Finances", new RoleGroupe(ServiceCatalogue.AFAS, RoleAfas.FOURNISSEUR_FINANCIER.name()),
                maintenant, finances);
        groupe(adminPartenaire, convention, organisme, "Direction", new RoleGroupe(ServiceCatalogue.AFAS, RoleAfas.APPROBATEUR.name()),
                maintenant, approbateur);
        groupe(adminPartenaire, convention, organisme, "Accueil", new RoleGroupe(ServiceCatalogue.CDAP, "T2"), maintenant, sansRole);
        habilitations.ecrire();
    }

    private void groupe(String admin, Convention convention, OrganismePartenaire organisme, String nom, RoleGroupe role, Instant maintenant,
                        String... membres) {
        Groupe g = habilitations.enregistrer(Groupe.racine(organisme, nom, admin, maintenant));
        g.attribuerRole(role);
        for (String membre : membres) {
            Utilisateur u = utilisateurs.parIdentifiant(membre).orElseThrow();
            habilitations.enregistrer(new Rattachement(g, u, admin, maintenant));
            habilitations.enregistrer(new Habilitation(convention, u, role, maintenant));
        }
    }

    /** A personal password and the usage rules accepted: his login goes straight to the home page. */
    private void actif(Utilisateur u, String hash) {
        u.changerMotDePasse(hash, HorlogeDuServeur.maintenant(), 0);
        referentiel.accepterRegles(u);
    }

    /** An exercice whose prévisionnel is open on the server's day (from 13 January; before, the previous year's). */
    public static int exerciceOuvert() {
        LocalDate jour = LocalDate.ofInstant(HorlogeDuServeur.maintenant(), org.eden.portail.shared.Fuseau.PARIS);
        return jour.isBefore(CalendrierCampagne.DEFAUT.ouverture(NatureDeclaration.PREVISIONNEL, jour.getYear()))
                ? jour.getYear() - 1 : jour.getYear();
    }

    static Map<Poste, BigDecimal> activiteAlsh(String heuresPlus6) {
        Map<Poste, BigDecimal> v = new EnumMap<>(Poste.class);
        v.put(Poste.JOURS_PERISCOLAIRE, new BigDecimal("140"));
        v.put(Poste.JOURS_EXTRASCOLAIRE, new BigDecimal("60"));
        v.put(Poste.PLACES, new BigDecimal("40"));
        v.put(Poste.HEURES_OUVERTURE_JOUR, new BigDecimal("10"));
        v.put(Poste.HEURES_REALISEES_MOINS_6, new BigDecimal("20000"));
        v.put(Poste.HEURES_REALISEES_PLUS_6, new BigDecimal(heuresPlus6));
        v.put(Poste.HEURES_FACTUREES_MOINS_6, new BigDecimal("20000"));
        v.put(Poste.HEURES_FACTUREES_PLUS_6, new BigDecimal(heuresPlus6));
        v.put(Poste.NOMBRE_ENFANTS, new BigDecimal("120"));
        return v;
    }

    /** Charges and produits of 300 000 €, totals reported right. */
    static Map<Poste, BigDecimal> finances() {
        Map<Poste, BigDecimal> v = new EnumMap<>(Poste.class);
        String[][] lignes = {{"CHARGES_ACHATS", "30000"}, {"CHARGES_SERVICES_EXTERIEURS", "40000"}, {"CHARGES_IMPOTS", "5000"},
                {"CHARGES_PERSONNEL", "200000"}, {"CHARGES_AUTRES", "15000"}, {"CHARGES_CONTRIBUTIONS_NATURE", "10000"},
                {"TOTAL_CHARGES_DECLARE", "300000"}, {"PRODUITS_PARTICIPATIONS_FAMILLES", "60000"}, {"PRODUITS_VENTES", "0"},
                {"PRODUITS_CAF_PRESTATION_SERVICE", "90000"}, {"PRODUITS_CAF_AUTRES", "10000"}, {"PRODUITS_COMMUNE", "100000"},
                {"PRODUITS_DEPARTEMENT", "10000"}, {"PRODUITS_ETAT", "5000"}, {"PRODUITS_MSA", "0"},
                {"PRODUITS_AUTRES_SUBVENTIONS", "5000"}, {"PRODUITS_AUTRES", "10000"}, {"PRODUITS_CONTRIBUTIONS_NATURE", "10000"},
                {"TOTAL_PRODUITS_DECLARE", "300000"}};
        for (String[] l : lignes) {
            v.put(Poste.valueOf(l[0]), new BigDecimal(l[1]));
        }
        return v;
    }
}

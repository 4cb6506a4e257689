package org.eden.portail.cdap;

import org.eden.portail.shared.ReferentielDeTest;
import org.eden.portail.shared.HorlogeDuServeur;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.DonneesDemo;
import org.eden.portail.shared.Horloge;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.eden.portail.shared.EnTantQue.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CDAP on the real server (H2 and PostgreSQL): the beneficiary base reads back exactly what the
 * generator wrote, the matrix is the reference data of the specification and only a Caf administrator
 * changes it (traced), a consultation without a CDAP profile is refused and traced. Caf 986 is
 * this class's.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CdapIT {

    static final String CAF = "986";
    static final String SIRET = "98600000000018";
    static final String PARTENAIRE = "PAR986001";
    static final String ADMINISTRATEUR = "ADM986001";
    static final long GRAINE = 986;
    static final int DOSSIERS = 300;

    @Inject
    BaseAllocataires base;

    @Inject
    MatriceCdapRepository matrices;

    @Inject
    MatriceCdapService matriceService;

    @Inject
    ConsultationCdapService consultation;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource dataSource;

    /** Written once, in the server, before the first test (all of them run there). */
    private static boolean donneesEcrites;

    /**
     * Caf 986, its partner and two accounts, and {@link #DOSSIERS} generated files. JUnit 5 Arquillian
     * runs @BeforeAll in the test JVM only, without injection; @BeforeEach runs where the test runs,
     * here in the server, where this class's static state lasts for the deployment.
     */
    @BeforeEach
    void donnees() throws Exception {
        if (donneesEcrites) {
            return;
        }
        transaction.begin();
        Caf caf = referentiel.caf(CAF, "Caf d'essai CDAP", new Adresse("1, place de l'Essai", "27000", "Évreux"));
        OrganismePartenaire organisme = referentiel.organisme(caf, "CCAS d'essai CDAP", SIRET, TypeOrganisme.CCAS_CIAS,
                new Adresse("2, rue du CCAS", "27000", "Évreux"));
        String hash = HachageMotDePasse.hacher(ReferentielDeTest.MOT_DE_PASSE);
        if (utilisateurs.parIdentifiant(ADMINISTRATEUR).isEmpty()) {
            Utilisateur admin = utilisateurs.enregistrer(Utilisateur.agentCaf(caf, ADMINISTRATEUR, "Essai", "Admin",
                    "adm986@caf986.test", hash, HorlogeDuServeur.maintenant(), EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF)));
            referentiel.accepterRegles(admin);
            Utilisateur partenaire = utilisateurs.enregistrer(Utilisateur.partenaire(organisme, PARTENAIRE, "Essai", "Partenaire",
                    "par986@ccas986.test", hash, HorlogeDuServeur.maintenant()));
            referentiel.accepterRegles(partenaire);
        }
        DossiersDeTest.ecrire(dataSource, GRAINE, CAF, DOSSIERS);
        transaction.commit();
        donneesEcrites = true;
    }

    @Test
    @Order(2)
    @DisplayName("R-CDAP-2 : la base allocataires relit, section par section, exactement ce que le générateur a écrit")
    void baseRelitLeGenerateur() {
        GenerateurDossiers g = DossiersDeTest.generateur(GRAINE);
        LocalDate jour = LocalDate.now(Horloge.FUSEAU);
        for (int rang = 0; rang < DOSSIERS; rang++) {
            DossierGenere attendu = g.generer(CAF, rang);
            String numero = attendu.dossier().numero();
            DossierAllocataire lu = base.dossier(CAF, numero).orElseThrow(() -> new AssertionError("dossier absent : " + numero));
            assertEquals(attendu.dossier().identite().nom(), lu.identite().nom());
            assertEquals(attendu.dossier().identite().prenom(), lu.identite().prenom());
            assertEquals(attendu.dossier().identite().dateNaissance(), lu.identite().dateNaissance());
            assertEquals(attendu.dossier().adresse().getCommune(), lu.adresse().getCommune());
            assertEquals(attendu.dossier().logement().loyer(), lu.logement().loyer());
            assertEquals(attendu.dossier().quotientFamilial().valeur(), lu.quotientFamilial().valeur());
            assertEquals(noms(attendu.famille()), noms(base.famille(CAF, numero)));
            assertEquals(attendu.droits().size(), base.droits(CAF, numero).size());
            List<Paiement> paiements = base.paiements(CAF, numero, jour.minusYears(3), jour.plusMonths(1));
            assertEquals(attendu.paiements().size(), paiements.size());
            for (int i = 0; i < paiements.size(); i++) {
                assertEquals(attendu.paiements().get(i).date(), paiements.get(i).date());
                assertEquals(attendu.paiements().get(i).detail(), paiements.get(i).detail());
            }
            assertEquals(attendu.courriers().size(), base.courriers(CAF, numero).size());
            assertEquals(attendu.ressources().size(), base.ressources(CAF, numero).size());
            assertEquals(total(attendu.creances()), total(base.creances(CAF, numero)));
            assertEquals(attendu.periodesRsa().size(), base.periodesRsa(CAF, numero).size());
        }
        assertTrue(base.dossier(CAF, "0").isEmpty());
        assertTrue(base.dossier("985", g.numero(0)).isEmpty(), "R-CDAP-1 : un numéro n'est unique que dans sa Caf");
    }

    @Test
    @Order(3)
    @DisplayName("R-CDAP-7 : la matrice en base est celle de la spécification (T2 : Ressources = QF seulement)")
    void matriceDeReference() {
        MatriceCdap m = matrices.matrice();
        assertEquals(List.of(SectionDossier.DOSSIER, SectionDossier.FAMILLE, SectionDossier.RESSOURCES, SectionDossier.ATTESTATION),
                m.sectionsOuvertes("T2"));
        assertEquals(Acces.QF_SEUL, m.acces("T2", SectionDossier.RESSOURCES));
        assertEquals(11, m.sectionsOuvertes("T1").size());
        assertEquals(List.of(SectionDossier.DOSSIER, SectionDossier.DROITS, SectionDossier.ADRESSE, SectionDossier.FAMILLE,
                SectionDossier.RSA, SectionDossier.PAIEMENT, SectionDossier.RESSOURCES), m.sectionsOuvertes("T4"));
        assertTrue(m.permet("T19", SectionDossier.LOGEMENT));
        assertTrue(!m.permet("T18", SectionDossier.LOGEMENT));
    }

    @Test
    @Order(4)
    @DisplayName("R-CDAP-7 : l'administrateur Caf modifie la matrice (tracé) ; un partenaire est refusé (tracé)")
    void matriceModifiable() throws SQLException {
        ModificationMatrice modification = en(ADMINISTRATEUR, () -> matriceService.modifier("T5", SectionDossier.LOGEMENT, Acces.COMPLET));
        assertEquals(Acces.AUCUN, modification.avant());
        assertTrue(matrices.matrice().permet("T5", SectionDossier.LOGEMENT));
        assertEquals(6, en(ADMINISTRATEUR, () -> matriceService.matrice()).size());
        en(ADMINISTRATEUR, () -> matriceService.modifier("T5", SectionDossier.LOGEMENT, Acces.AUCUN));
        assertTrue(!matrices.matrice().permet("T5", SectionDossier.LOGEMENT));

        assertThrows(AuthorizationException.class, () -> en(PARTENAIRE, () -> matriceService.modifier("T2", SectionDossier.DROITS, Acces.COMPLET)));
        assertTrue(!matrices.matrice().permet("T2", SectionDossier.DROITS));

        List<String> traces = traces("action = 'MODIFICATION_MATRICE_CDAP' AND cible_id = 'T5'");
        assertTrue(traces.contains(ADMINISTRATEUR + " SUCCES LOGEMENT : AUCUN -> COMPLET"), traces.toString());
        assertTrue(traces.contains(ADMINISTRATEUR + " SUCCES LOGEMENT : COMPLET -> AUCUN"), traces.toString());
        assertEquals(1, traces("action = 'MODIFICATION_MATRICE_CDAP' AND identifiant = '" + PARTENAIRE + "' AND resultat = 'REFUS'").size());
    }

    @Test
    @Order(5)
    @DisplayName("R-CDAP-1, R-CDAP-6 : sans profil CDAP, la recherche est refusée, et le refus est tracé avec le profil demandé")
    void sansProfilRefuse() throws SQLException {
        String numero = DossiersDeTest.generateur(GRAINE).numero(0);
        assertEquals(CAF, en(PARTENAIRE, () -> consultation.cafParDefaut()));
        assertThrows(AuthorizationException.class, () -> en(PARTENAIRE, () -> consultation.rechercher(numero, null, "T1", null)));
        List<String> traces = traces("action = 'CDAP_RECHERCHE' AND cible_id = '" + CAF + "/" + numero + "'");
        assertEquals(1, traces.size(), traces.toString());
        assertTrue(traces.get(0).startsWith(PARTENAIRE + " REFUS profil=T1 R-CDAP-1"), traces.toString());
    }

    @Test
    @Order(6)
    @DisplayName("Démonstration (H2 seulement) : quelques milliers de dossiers de la Caf de l'Eure")
    void dossiersDeDemonstration() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement compte = c.prepareStatement("SELECT COUNT(*) FROM alloc_dossier WHERE code_caf = ?")) {
            compte.setString(1, DonneesDemo.CODE_CAF_EURE);
            try (ResultSet r = compte.executeQuery()) {
                r.next();
                boolean h2 = "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
                assertEquals(h2 ? DossiersDemo.NOMBRE : 0, r.getLong(1));
            }
        }
    }

    private List<String> traces(String condition) throws SQLException {
        List<String> lignes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement sql = c.prepareStatement("SELECT identifiant, resultat, detail FROM trace WHERE " + condition + " ORDER BY id");
             ResultSet r = sql.executeQuery()) {
            while (r.next()) {
                lignes.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        }
        return lignes;
    }

    private static List<String> noms(List<Personne> personnes) {
        return personnes.stream().map(p -> p.role() + " " + p.prenom() + " " + p.nom() + " " + p.dateNaissance()).toList();
    }

    private static BigDecimal total(List<Creance> creances) {
        return creances.stream().map(Creance::resteDu).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}

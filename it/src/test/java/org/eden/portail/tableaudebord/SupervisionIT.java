package org.eden.portail.tableaudebord;

import org.eden.portail.shared.LectureSeule;
import org.eden.portail.shared.ReferentielDeTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
import org.eden.portail.afas.CampagneService;
import org.eden.portail.afas.DonneesAfasDeTest;
import org.eden.portail.afas.EquipementService;
import org.eden.portail.afas.NatureDeclaration;
import org.eden.portail.afas.NouvelEquipement;
import org.eden.portail.afas.TypeEquipement;
import org.eden.portail.identite.HachageMotDePasse;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Horloge;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.TypeOrganisme;
import org.eden.portail.trace.EvenementTrace;
import org.eden.portail.trace.JournalTraces;
import org.eden.portail.trace.PurgeTraces;
import org.eden.portail.trace.ResultatTrace;
import org.eden.portail.trace.RetentionTraces;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.eden.portail.shared.EnTantQue.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervision (R-TDB-2) and the consultation alerts (R-TDB-7) on H2 and PostgreSQL, through the
 * API: each scope (a partner never sees another's counts, forged ids refused with 403 naming the
 * right), the aggregates equal a direct count over the traces, the alerts fire on the planted
 * user and not on the ordinary one, the thresholds are the Caf's, the purge of the traces keeps
 * the aggregates. Caf 978 is this class's: nothing else writes traces of its partners.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionIT {

    static final String CAF = "978";
    static final String MOT_DE_PASSE = "Clair#Matin2026";
    static final String PARTENAIRE_A = "ALP978001";
    static final String PARTENAIRE_B = "BRA978001";
    static final String SANS_DROIT = "SAN978001";
    static final String SUPERVISEUR = "SUP978001";
    static final String AGENT_CNAF = "CNA000978";
    static final String SIRET_A = "99800000000005";
    static final String SIRET_B = "99800000010004";
    /** The planted atypical day: more files than the Caf's default threshold (50). */
    static final int DOSSIERS_A = 60;

    @Inject
    PartenairesTdb partenaires;

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    JournalTraces journal;

    @Inject
    AgregationSupervision agregation;

    @Inject
    EntrepotSupervision entrepot;

    @Inject
    RetentionTraces retention;

    @Inject
    UserTransaction transaction;

    @Inject
    DonneesAfasDeTest donneesAfas;

    @Inject
    EquipementService equipements;

    @Inject
    CampagneService campagnes;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource base;

    @Test
    @Order(1)
    @DisplayName("Préalable : la Caf 978, son superviseur, un agent Cnaf, deux partenaires et leurs administrateurs, leurs connexions et consultations CDAP tracées, repliées")
    void donnees() throws Exception {
        transaction.begin();
        Caf caf = referentiel.caf(CAF, "Caf d'essai de la supervision");
        String hash = HachageMotDePasse.hacher(MOT_DE_PASSE);
        referentiel.agentActif(caf, SUPERVISEUR, "Essai", "Superviseur", RoleCaf.SUPERVISEUR_CAF);
        referentiel.agentCnafActif(AGENT_CNAF, "Essai", "Cnaf", "cna978@cnaf.test");
        assertEquals(PARTENAIRE_A, partenaires.partenaire(caf, "Alpha insertion (essai)", TypeOrganisme.CONSEIL_DEPARTEMENTAL, SIRET_A,
                new Adresse("1, rue Alpha", "27000", "Évreux"), ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL, "Alpha", "Alice", "alice@a978.test", hash));
        assertEquals(PARTENAIRE_B, partenaires.partenaire(caf, "Bravo solidarité (essai)", TypeOrganisme.CONSEIL_DEPARTEMENTAL, SIRET_B,
                new Adresse("2, rue Bravo", "27000", "Évreux"), ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL, "Bravo", "Bruno", "bruno@b978.test", hash));
        referentiel.compteActifPersonnel(Utilisateur.partenaire(referentiel.organisme(SIRET_B), SANS_DROIT, "Sans", "Droit",
                "sans@b978.test", hash, HorlogeDuServeur.maintenant()));
        transaction.commit();

        tracer(PARTENAIRE_A, "CONNEXION", "UTILISATEUR", PARTENAIRE_A, null, "sA1");
        tracer(PARTENAIRE_A, "CONNEXION", "UTILISATEUR", PARTENAIRE_A, null, "sA2");
        for (int i = 0; i < DOSSIERS_A; i++) {
            tracer(PARTENAIRE_A, "CDAP_RECHERCHE", "DOSSIER_ALLOCATAIRE", CAF + "/" + (1000 + i), "profil=T2", "sA2");
            tracer(PARTENAIRE_A, "CDAP_SECTION", "DOSSIER_ALLOCATAIRE", CAF + "/" + (1000 + i), "profil=T2 section=DROITS", "sA2");
        }
        tracer(PARTENAIRE_B, "CONNEXION", "UTILISATEUR", PARTENAIRE_B, null, "sB1");
        tracer(PARTENAIRE_B, "CDAP_RECHERCHE", "DOSSIER_ALLOCATAIRE", CAF + "/2001", "profil=T2", "sB1");
        tracer(PARTENAIRE_B, "CDAP_RECHERCHE", "DOSSIER_ALLOCATAIRE", CAF + "/2002", "profil=T2", "sB1");
        tracer(PARTENAIRE_B, "CDAP_SECTION", "DOSSIER_ALLOCATAIRE", CAF + "/2002", "profil=T2 section=PAIEMENT", "sB1");
        journal.enregistrerDansNouvelleTransaction(new EvenementTrace("CDAP_RECHERCHE", "DOSSIER_ALLOCATAIRE", CAF + "/2003",
                ResultatTrace.REFUS, "profil=T2 R-CDAP-1", PARTENAIRE_B, "sB1"));

        agregation.rattraper();
        assertTrue(compteDirect("action = 'CDAP_RECHERCHE' AND resultat = 'SUCCES'", organisme(SIRET_A)) >= DOSSIERS_A);
    }

    private void tracer(String qui, String action, String cibleType, String cible, String detail, String session) {
        journal.enregistrerDansNouvelleTransaction(new EvenementTrace(action, cibleType, cible, ResultatTrace.SUCCES, detail, qui, session));
    }

    @Test
    @Order(2)
    @DisplayName("R-TDB-2 : les agrégats égalent un comptage direct des traces, organisme par organisme (connexions, dossiers, sections, par utilisateur)")
    void agregatsEgauxAuComptageDirect() throws Exception {
        for (String siret : List.of(SIRET_A, SIRET_B)) {
            long organisme = organisme(siret);
            assertEquals(compteDirect("action = 'CDAP_RECHERCHE' AND resultat = 'SUCCES'", organisme),
                    agregat("SELECT COALESCE(SUM(nombre), 0) FROM sup_activite_jour WHERE organisme_id = ? AND nature = 'DOSSIER_CDAP'", organisme));
            assertEquals(compteDirect("action = 'CONNEXION' AND resultat = 'SUCCES'", organisme),
                    agregat("SELECT COALESCE(SUM(nombre), 0) FROM sup_activite_jour WHERE organisme_id = ? AND nature = 'CONNEXION'", organisme));
            assertEquals(compteDirect("action = 'CDAP_SECTION' AND resultat = 'SUCCES' AND detail LIKE '%section=DROITS%'", organisme),
                    agregat("SELECT COALESCE(SUM(nombre), 0) FROM sup_activite_jour WHERE organisme_id = ? AND nature = 'SECTION_DROITS'", organisme));
            assertEquals(compteDirect("action = 'CDAP_RECHERCHE' AND resultat = 'SUCCES'", organisme),
                    agregat("SELECT COALESCE(SUM(dossiers), 0) FROM sup_utilisateur_jour WHERE organisme_id = ?", organisme));
        }
        assertEquals(DOSSIERS_A, agregat("SELECT SUM(nombre) FROM sup_activite_jour WHERE organisme_id = ? AND nature = 'DOSSIER_CDAP'",
                organisme(SIRET_A)));
        assertEquals(2, agregat("SELECT SUM(nombre) FROM sup_activite_jour WHERE organisme_id = ? AND nature = 'DOSSIER_CDAP'",
                organisme(SIRET_B)), "the refused search is not a file opened");
        assertEquals(1, agregat("SELECT SUM(nombre) FROM sup_activite_jour WHERE organisme_id = ? AND nature = 'CONNEXION_CDAP'",
                organisme(SIRET_A)), "one session used CDAP");
        // The national roll-up (V23): per Caf and day, the direct count over the Caf's partners' traces, nature by nature.
        String partenairesDeLaCaf = "code_caf = '" + CAF + "' AND organisme_id IS NOT NULL AND identifiant IS NOT NULL AND resultat = 'SUCCES'";
        assertEquals(compteDirectCaf(partenairesDeLaCaf + " AND action = 'CDAP_RECHERCHE'"),
                agregat("SELECT COALESCE(SUM(nombre), 0) FROM sup_caf_jour WHERE code_caf = ? AND nature = 'DOSSIER_CDAP'", CAF));
        assertEquals(compteDirectCaf(partenairesDeLaCaf + " AND action = 'CONNEXION'"),
                agregat("SELECT COALESCE(SUM(nombre), 0) FROM sup_caf_jour WHERE code_caf = ? AND nature = 'CONNEXION'", CAF));
        assertEquals(compteDirectCaf(partenairesDeLaCaf + " AND action = 'CDAP_SECTION' AND detail LIKE '%section=DROITS%'"),
                agregat("SELECT COALESCE(SUM(nombre), 0) FROM sup_caf_jour WHERE code_caf = ? AND nature = 'SECTION_DROITS'", CAF));
        assertEquals(compteDirectCaf(partenairesDeLaCaf + " AND action = 'CDAP_SECTION' AND detail LIKE '%section=PAIEMENT%'"),
                agregat("SELECT COALESCE(SUM(nombre), 0) FROM sup_caf_jour WHERE code_caf = ? AND nature = 'SECTION_PAIEMENT'", CAF));
        assertEquals(DOSSIERS_A + 2, agregat("SELECT SUM(nombre) FROM sup_caf_jour WHERE code_caf = ? AND nature = 'DOSSIER_CDAP'", CAF));
        // And, row by row, the sum of the partners' day rows (CDAP connections included, which count sessions, not traces).
        String parPartenaires = "SELECT jour, nature, SUM(nombre) FROM sup_activite_jour WHERE code_caf = '" + CAF + "' GROUP BY jour, nature";
        String cumul = "SELECT jour, nature, nombre FROM sup_caf_jour WHERE code_caf = '" + CAF + "'";
        assertEquals(0, nombre("SELECT COUNT(*) FROM ((" + parPartenaires + ") EXCEPT (" + cumul + ")) x")
                        + nombre("SELECT COUNT(*) FROM ((" + cumul + ") EXCEPT (" + parPartenaires + ")) x"),
                "sup_caf_jour is exactly the sum of sup_activite_jour per Caf, day and nature");
        assertEquals(2, agregat("SELECT SUM(nombre) FROM sup_caf_jour WHERE code_caf = ? AND nature = 'CONNEXION_CDAP'", CAF),
                "A's and B's CDAP sessions");
        // Each user's last active day: the last day of his days.
        assertEquals(0, agregat("SELECT COUNT(*) FROM sup_utilisateur_dernier_jour d WHERE d.code_caf = ? AND d.dernier_jour <>"
                + " (SELECT MAX(u.jour) FROM sup_utilisateur_jour u WHERE u.identifiant = d.identifiant)", CAF));
        assertEquals(2, agregat("SELECT COUNT(*) FROM sup_utilisateur_dernier_jour WHERE code_caf = ?", CAF), "A and B were active");
        // V24: the users per Caf and last active day, the roll-up of their last days and the direct count of the traces' users.
        String parUtilisateurs = "SELECT dernier_jour, code_caf, COUNT(*) FROM sup_utilisateur_dernier_jour WHERE code_caf = '" + CAF + "'"
                + " GROUP BY dernier_jour, code_caf";
        String parCaf = "SELECT dernier_jour, code_caf, utilisateurs FROM sup_caf_dernier_jour WHERE code_caf = '" + CAF + "'";
        assertEquals(0, nombre("SELECT COUNT(*) FROM ((" + parUtilisateurs + ") EXCEPT (" + parCaf + ")) x")
                        + nombre("SELECT COUNT(*) FROM ((" + parCaf + ") EXCEPT (" + parUtilisateurs + ")) x"),
                "sup_caf_dernier_jour is exactly the count of sup_utilisateur_dernier_jour per Caf and last day");
        assertEquals(compteDirectCaf("COUNT(DISTINCT identifiant)", partenairesDeLaCaf + " AND action IN ('CONNEXION', 'CDAP_RECHERCHE')"),
                agregat("SELECT SUM(utilisateurs) FROM sup_caf_dernier_jour WHERE code_caf = ?", CAF));
        // V24: the accounts of the Caf's partners, as the fold counted them, equal a count of the accounts.
        assertEquals(comptesDirects(), agregat("SELECT comptes FROM sup_caf_comptes WHERE code_caf = ?", CAF));
        assertTrue(comptesDirects() >= 3, "A's, B's and the account without rights");
        // A second fold finds nothing new: nothing is counted twice.
        agregation.rattraper();
        assertEquals(DOSSIERS_A, agregat("SELECT SUM(nombre) FROM sup_activite_jour WHERE organisme_id = ? AND nature = 'DOSSIER_CDAP'",
                organisme(SIRET_A)));
        assertEquals(DOSSIERS_A + 2, agregat("SELECT SUM(nombre) FROM sup_caf_jour WHERE code_caf = ? AND nature = 'DOSSIER_CDAP'", CAF));
    }

    @Test
    @Order(3)
    @DisplayName("R-TDB-2 : chaque administrateur partenaire voit son organisme seul, le superviseur les partenaires de sa Caf, la Cnaf chaque Caf agrégée")
    void perimetres() throws Exception {
        // The Cnaf reads first: the partners' HTTP Basic reads below are logins of Caf 978's partners,
        // which the minute's fold (RepliTraces) may count before a later read of the Caf's connexions.
        JsonObject cnaf = lire(AGENT_CNAF, supervision(""));
        assertEquals("national", cnaf.getString("perimetre"));
        JsonObject ligne978 = cnaf.getJsonArray("organismes").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("cle").equals(CAF)).findFirst().orElseThrow();
        assertEquals(DOSSIERS_A + 2, ligne978.getJsonNumber("dossiers").longValue(), "the Cnaf sees the Caf aggregated");
        assertEquals(2, ligne978.getJsonNumber("actifs").longValue());
        assertEquals(3, ligne978.getJsonNumber("connexions").longValue());

        JsonObject a = lire(PARTENAIRE_A, supervision(""));
        assertEquals("organisme " + organisme(SIRET_A), a.getString("perimetre"));
        assertEquals(List.of(String.valueOf(organisme(SIRET_A))), cles(a.getJsonArray("organismes")));
        JsonObject ligneA = a.getJsonArray("organismes").getJsonObject(0);
        assertEquals(DOSSIERS_A, ligneA.getJsonNumber("dossiers").longValue());
        assertEquals(1, ligneA.getJsonNumber("actifs").longValue());
        assertEquals(2, ligneA.getJsonNumber("connexions").longValue());
        assertEquals(DOSSIERS_A, a.getJsonArray("sections").getJsonObject(0).getJsonNumber("lectures").longValue());
        assertEquals(DOSSIERS_A, somme(a.getJsonArray("activite"), "dossiers"));
        assertTrue(a.getJsonArray("quotas").stream().anyMatch(q -> q.asJsonObject().getString("service").equals("TDB")
                && q.asJsonObject().getJsonNumber("utilise").longValue() == 1), a.toString());
        assertTrue(a.getJsonArray("montee").stream().anyMatch(m -> m.asJsonObject().getJsonNumber("habilitations").longValue() == 1));

        JsonObject b = lire(PARTENAIRE_B, supervision(""));
        assertEquals(List.of(String.valueOf(organisme(SIRET_B))), cles(b.getJsonArray("organismes")));
        assertEquals(2, somme(b.getJsonArray("activite"), "dossiers"), "B never sees A's files");
        assertFalse(b.toString().contains("Alpha"), "nor A's name");

        JsonObject caf = lire(SUPERVISEUR, supervision(""));
        assertEquals("Caf " + CAF, caf.getString("perimetre"));
        assertEquals(2, caf.getJsonArray("organismes").size());
        assertEquals(DOSSIERS_A + 2, somme(caf.getJsonArray("activite"), "dossiers"));
        JsonObject seulA = lire(SUPERVISEUR, supervision("&organisme=" + organisme(SIRET_A)));
        assertEquals(DOSSIERS_A, somme(seulA.getJsonArray("activite"), "dossiers"), "the superviseur may narrow to one of his partners");

        assertEquals(DOSSIERS_A + 2, somme(lire(AGENT_CNAF, supervision("&caf=" + CAF)).getJsonArray("activite"), "dossiers"));
        // The national sections and activity, read from the roll-up, include the Caf's.
        assertTrue(somme(cnaf.getJsonArray("activite"), "dossiers") >= DOSSIERS_A + 2, cnaf.toString());
        assertTrue(cnaf.getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .anyMatch(l -> l.getString("section").equals("DROITS") && l.getJsonNumber("lectures").longValue() >= DOSSIERS_A), cnaf.toString());
        // A period that ends before the last day folded counts the active accounts over the users' days: none here yesterday.
        LocalDate hier = LocalDate.now(Horloge.FUSEAU).minusDays(1);
        JsonObject passe = lire(AGENT_CNAF, base() + "/api/tableau-de-bord/supervision?du=" + hier.minusDays(3) + "&au=" + hier + "&granularite=JOUR");
        assertTrue(passe.getJsonArray("organismes").stream().map(JsonValue::asJsonObject).filter(o -> o.getString("cle").equals(CAF))
                .allMatch(o -> o.getJsonNumber("actifs").longValue() == 0 && o.getJsonNumber("dossiers").longValue() == 0), passe.toString());
    }

    @Test
    @Order(4)
    @DisplayName("R-TDB-2 : un identifiant forgé hors du périmètre répond 403 en nommant le droit ; une saisie invalide 400 ou 422, en problem+json")
    void identifiantsForgesEtSaisiesInvalides() throws Exception {
        refus(PARTENAIRE_A, supervision("&organisme=" + organisme(SIRET_B)), "supervision:organisme:" + organisme(SIRET_B));
        refus(PARTENAIRE_A, supervision("&caf=" + CAF), "supervision:caf:" + CAF);
        refus(SUPERVISEUR, supervision("&caf=977"), "supervision:caf:977");
        refus(SUPERVISEUR, supervision("&organisme=999999999"), "supervision:organisme:999999999");
        refus(SANS_DROIT, supervision(""), "supervision:organisme:" + organisme(SIRET_B));
        for (String[] cas : new String[][]{{"&du=2026-13-01", "400"}, {"&du=2026-02-31", "400"}, {"&granularite=ANNEE", "400"},
                {"&organisme=abc", "400"}, {"&du=2026-03-10&au=2026-03-01", "422"}}) {
            HttpResponse<String> r = Http.get(URI.create(base() + "/api/tableau-de-bord/supervision?x=1" + cas[0]), SUPERVISEUR, MOT_DE_PASSE);
            assertEquals(Integer.parseInt(cas[1]), r.statusCode(), cas[0] + " " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        }
        assertTrue(compteDirect("action = 'CONSULTATION_SUPERVISION' AND resultat = 'REFUS'", organisme(SIRET_A)) > 0,
                "the refusal is traced");
    }

    @Test
    @Order(5)
    @DisplayName("R-TDB-7 : l'utilisateur planté lève une alerte liée à ses traces, l'usage ordinaire non ; chacun voit les alertes de son périmètre")
    void alertes() throws Exception {
        JsonArray caf = lireTableau(SUPERVISEUR, alertesUrl());
        JsonObject planteee = caf.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("identifiant").equals(PARTENAIRE_A))
                .findFirst().orElseThrow(() -> new AssertionError(caf.toString()));
        assertTrue(planteee.getJsonArray("motifs").toString().contains("au-delà du seuil de 50"), planteee.toString());
        assertTrue(planteee.getString("traces").startsWith("/trace/traces.xhtml?identifiant=" + PARTENAIRE_A + "&du="), planteee.toString());
        // B's two files of the day may fall at night or on a day off (the clock is the machine's), never above the threshold.
        assertTrue(caf.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("identifiant").equals(PARTENAIRE_B))
                .noneMatch(a -> a.getJsonArray("motifs").toString().contains("seuil")), caf.toString());

        JsonArray deA = lireTableau(PARTENAIRE_A, alertesUrl());
        assertTrue(deA.stream().allMatch(a -> a.asJsonObject().getString("identifiant").equals(PARTENAIRE_A)), deA.toString());
        JsonArray deB = lireTableau(PARTENAIRE_B, alertesUrl());
        assertTrue(deB.stream().noneMatch(a -> a.asJsonObject().getString("identifiant").equals(PARTENAIRE_A)), "B never sees A's alerts");
        refus(PARTENAIRE_B, alertesUrl() + "&organisme=" + organisme(SIRET_A), "alertes:organisme:" + organisme(SIRET_A));
        refus(AGENT_CNAF, alertesUrl(), "alertes:");
    }

    @Test
    @Order(6)
    @DisplayName("R-TDB-7 : la Caf règle ses seuils (son superviseur), un partenaire non ; un seuil relevé retire l'alerte, rien n'est suspendu")
    void seuils() throws Exception {
        String url = base() + "/api/tableau-de-bord/supervision/seuils/" + CAF;
        assertEquals(403, envoyer(PARTENAIRE_A, url, "{\"dossiersParJour\":70,\"facteurUsuel\":5}").statusCode());
        HttpResponse<String> invalide = envoyer(SUPERVISEUR, url, "{\"dossiersParJour\":0,\"facteurUsuel\":5}");
        assertEquals(422, invalide.statusCode(), invalide.body());
        assertTrue(invalide.body().contains("R-TDB-7"), invalide.body());
        HttpResponse<String> regle = envoyer(SUPERVISEUR, url, "{\"dossiersParJour\":70,\"facteurUsuel\":5}");
        assertEquals(200, regle.statusCode(), regle.body());
        assertEquals(70, lire(SUPERVISEUR, url).getInt("dossiersParJour"));
        assertTrue(lireTableau(SUPERVISEUR, alertesUrl()).stream().map(JsonValue::asJsonObject)
                .noneMatch(a -> a.getJsonArray("motifs").toString().contains("seuil")), "no day above 70 files");
        assertEquals(0, agregat("SELECT COUNT(*) FROM utilisateur WHERE identifiant = ? AND statut <> 'ACTIF'", PARTENAIRE_A),
                "an alert suspends nobody");
    }

    @Test
    @Order(7)
    @DisplayName("R-TDB-2 : la purge des traces garde les agrégats ; un nouveau repli ne les change pas")
    void purgeGardeLesAgregats() throws Exception {
        long organismeA = organisme(SIRET_A);
        // The partners' own logins of the tests before are folded now, not by the minute's timer
        // between this reading and the purge: "avant" is then every trace of A and B, and nothing of
        // theirs is written after it (the readings below are the Caf's and the Cnaf's agents').
        agregation.rattraper();
        JsonObject avant = lire(SUPERVISEUR, supervision(""));
        JsonObject nationalAvant = lire(AGENT_CNAF, supervision(""));
        // A, B and whoever of theirs the tests before logged in (the account without rights, refused but connected).
        long derniersJours = agregat("SELECT SUM(utilisateurs) FROM sup_caf_dernier_jour WHERE code_caf = ?", CAF);
        assertTrue(derniersJours >= 2, "A and B at least");
        Instant derniere;
        try (Connection c = base.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT MAX(horodatage) FROM trace WHERE organisme_id IN (?, ?)")) {
            ps.setLong(1, organismeA);
            ps.setLong(2, organisme(SIRET_B));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                derniere = rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }
        PurgeTraces purge = retention.purger(derniere.plusMillis(1).atZone(Horloge.FUSEAU).plusMonths(6).toInstant());
        assertEquals(ResultatTrace.SUCCES, purge.getResultat());
        assertEquals(0, compteDirect("1 = 1", organismeA), "A's traces are purged");
        agregation.rattraper();
        JsonObject apres = lire(SUPERVISEUR, supervision(""));
        assertEquals(avant.getJsonArray("organismes"), apres.getJsonArray("organismes"));
        assertEquals(avant.getJsonArray("activite"), apres.getJsonArray("activite"));
        assertEquals(avant.getJsonArray("sections"), apres.getJsonArray("sections"));
        JsonObject nationalApres = lire(AGENT_CNAF, supervision(""));
        assertEquals(ligne(nationalAvant, CAF), ligne(nationalApres, CAF), "the national roll-up survives the purge");
        assertEquals(DOSSIERS_A + 2, agregat("SELECT SUM(nombre) FROM sup_caf_jour WHERE code_caf = ? AND nature = 'DOSSIER_CDAP'", CAF));
        assertEquals(derniersJours, agregat("SELECT SUM(utilisateurs) FROM sup_caf_dernier_jour WHERE code_caf = ?", CAF),
                "V24's roll-ups survive it too");
        assertEquals(comptesDirects(), agregat("SELECT comptes FROM sup_caf_comptes WHERE code_caf = ?", CAF));
    }

    private long comptesDirects() throws SQLException {
        return nombre("SELECT COUNT(u.id) FROM utilisateur u JOIN organisme_partenaire o ON o.id = u.organisme_id JOIN caf c ON c.id = o.caf_id"
                + " WHERE c.code = '" + CAF + "'");
    }

    private static JsonObject ligne(JsonObject supervision, String cle) {
        return supervision.getJsonArray("organismes").stream().map(JsonValue::asJsonObject).filter(o -> o.getString("cle").equals(cle))
                .findFirst().orElseThrow(() -> new AssertionError(supervision.toString()));
    }

    /** Caf 979: the AFAS test data's partner (DonneesAfasDeTest), with one équipement whose June actualisé is past its deadline. */
    static final String CAF_AFAS = "979";
    static final String SIRET_AFAS = "97900000000005";
    static final String GESTIONNAIRE_AFAS = "GES979001";
    static final String SUPERVISEUR_AFAS = "SUP979001";

    @Test
    @Order(8)
    @DisplayName("R-TDB-2, R-AFAS-7 : les déclarations AFAS en retard, par le crochet de l'AFAS : l'administrateur partenaire les siennes, la Caf ses partenaires, la Cnaf par Caf")
    void declarationsAfasEnRetard() throws Exception {
        transaction.begin();
        donneesAfas.preparer(CAF_AFAS, SIRET_AFAS);
        Caf caf = referentiel.caf(CAF_AFAS);
        String hash = HachageMotDePasse.hacher(DonneesAfasDeTest.MOT_DE_PASSE);
        for (String[] agent : new String[][]{{GESTIONNAIRE_AFAS, "GESTIONNAIRE_AFAS"}, {SUPERVISEUR_AFAS, "SUPERVISEUR_CAF"}}) {
            referentiel.compteActifPersonnel(Utilisateur.agentCaf(caf, agent[0], "Agent", "Afas", agent[0].toLowerCase() + "@caf979.test",
                    hash, HorlogeDuServeur.maintenant(), EnumSet.of(RoleCaf.valueOf(agent[1]))));
        }
        transaction.commit();
        long organisme = organisme(SIRET_AFAS);
        String adminCaf = DonneesAfasDeTest.identifiant(DonneesAfasDeTest.ADMIN_CAF, CAF_AFAS);
        en(adminCaf, () -> equipements.enregistrer(organisme, new NouvelEquipement("ALSH de la supervision", TypeEquipement.ALSH,
                "1, rue de la Campagne", "97900", "Essai", "ALSH-979-01", 40, new BigDecimal("10"))));
        LocalDate jour = LocalDate.now(Horloge.FUSEAU);
        // This year's campaigns around today: only the June actualisé is past its deadline, and nothing was declared.
        for (NatureDeclaration nature : NatureDeclaration.values()) {
            boolean passee = nature == NatureDeclaration.ACTUALISE_JUIN;
            en(GESTIONNAIRE_AFAS, () -> campagnes.regler(CAF_AFAS, jour.getYear(), nature, jour.minusDays(20),
                    passee ? jour.minusDays(1) : jour.plusDays(30), -1));
        }
        String periode = base() + "/api/tableau-de-bord/supervision?du=" + jour.minusDays(6) + "&au=" + jour;
        String mdp = DonneesAfasDeTest.MOT_DE_PASSE;

        JsonObject partenaire = lire(DonneesAfasDeTest.identifiant("ADP974001", CAF_AFAS), mdp, periode);
        assertEquals(jour.getYear(), partenaire.getInt("exercice"));
        JsonArray siennes = partenaire.getJsonArray("declarations");
        assertEquals(1, siennes.size(), partenaire.toString());
        assertEquals(String.valueOf(organisme), siennes.getJsonObject(0).getString("cle"));
        assertEquals(1, siennes.getJsonObject(0).getJsonNumber("enRetard").longValue(), "the June actualisé, not even opened");
        assertEquals(0, siennes.getJsonObject(0).getJsonNumber("declarations").longValue());

        JsonObject deLaCaf = lire(SUPERVISEUR_AFAS, mdp, periode);
        assertEquals(List.of(String.valueOf(organisme)), cles(deLaCaf.getJsonArray("declarations")));

        JsonObject national = lire(AGENT_CNAF, MOT_DE_PASSE, periode);
        JsonObject ligne979 = national.getJsonArray("declarations").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("cle").equals(CAF_AFAS)).findFirst().orElseThrow(() -> new AssertionError(national.toString()));
        assertEquals(1, ligne979.getJsonNumber("enRetard").longValue(), "the Cnaf sees the Caf's count, not its partners");
        assertFalse(national.getJsonArray("declarations").toString().contains("Petits Pas"), "no partner's name at the national level");

        JsonObject autre = lire(PARTENAIRE_A, MOT_DE_PASSE, periode);
        assertEquals(0, autre.getJsonArray("declarations").size(), "another Caf's partner never sees them: " + autre);
        assertEquals(0, lire(SUPERVISEUR, MOT_DE_PASSE, periode).getJsonArray("declarations").size(), "nor another Caf");
    }

    /** A Caf of aggregate rows only (no account, no trace): the preselection of the alerts by the database, on chosen days. */
    static final String CAF_ALERTES = "X78";
    static final LocalDate LUNDI = LocalDate.of(2025, 3, 3);
    static final LocalDate DIMANCHE = LocalDate.of(2025, 3, 9);

    @Test
    @Order(9)
    @DisplayName("R-TDB-7 : la base présélectionne les journées atypiques (seuil, fois la médiane de l'organisme, nuit, autre Caf, jour chômé), pas l'usage ordinaire")
    void preselectionDesAlertesParLaBase() throws Exception {
        long ordinaire = 978_000_001L;
        long petit = 978_000_002L;
        try {
            // The first organisation: six ordinary days of 4 files, one of 30 (more than 5 times the median, 4), one at night,
            // one with a file of another Caf, one on Sunday. The second: three days only (no usual yet), one of 60 (the threshold).
            for (int u = 0; u < 6; u++) {
                journee(LUNDI.plusDays(u % 5), "ORD" + u, ordinaire, 4, 0, 0);
            }
            journee(LUNDI, "FORT", ordinaire, 30, 0, 0);
            journee(LUNDI.plusDays(1), "NUIT", ordinaire, 3, 1, 0);
            journee(LUNDI.plusDays(2), "AUTRE", ordinaire, 3, 0, 1);
            journee(DIMANCHE, "DIMANCHE", ordinaire, 2, 0, 0);
            journee(LUNDI, "PETIT1", petit, 30, 0, 0);
            journee(LUNDI, "PETIT2", petit, 4, 0, 0);
            journee(LUNDI, "SEUIL", petit, 60, 0, 0);
            EntrepotSupervision.JourneesAtypiques a = entrepot.journeesAtypiques(PorteeSupervision.caf(CAF_ALERTES), LUNDI, DIMANCHE,
                    new EntrepotSupervision.CriteresAlertes(SeuilsAlertes.DOSSIERS_PAR_JOUR, SeuilsAlertes.FACTEUR_USUEL, 10, 5, List.of(DIMANCHE)));
            assertEquals(List.of("FORT", "SEUIL", "NUIT", "AUTRE", "DIMANCHE"),
                    a.journees().stream().map(EntrepotSupervision.JourneeUtilisateur::identifiant).toList(), a.toString());
            // The median as DetectionAlertes takes it: the 6th of the 10 days sorted (2, 3, 3, 4, 4, 4, 4, 4, 4, 30).
            assertEquals(java.util.Map.of(ordinaire, 4), a.usuels(), "the second organisation has too few days for a usual");
            // One partner's scope: his days only, his own median.
            assertEquals(List.of("SEUIL"), entrepot.journeesAtypiques(PorteeSupervision.organisme(petit, CAF_ALERTES), LUNDI, DIMANCHE,
                    new EntrepotSupervision.CriteresAlertes(50, 5, 10, 5, List.of(DIMANCHE))).journees().stream()
                    .map(EntrepotSupervision.JourneeUtilisateur::identifiant).toList());
            // The Caf's own thresholds replace the defaults: 20 files a day flags PETIT1 too, a factor of 10 no longer FORT.
            try (Connection c = base.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO sup_seuil_alerte (code_caf,"
                    + " dossiers_par_jour, facteur_usuel, modifie_le, modifie_par) VALUES (?, 20, 10, CURRENT_TIMESTAMP, 'essai')")) {
                ps.setString(1, CAF_ALERTES);
                ps.executeUpdate();
            }
            assertEquals(List.of("FORT", "PETIT1", "SEUIL", "NUIT", "AUTRE", "DIMANCHE"),
                    entrepot.journeesAtypiques(PorteeSupervision.caf(CAF_ALERTES), LUNDI, DIMANCHE, new EntrepotSupervision.CriteresAlertes(
                            SeuilsAlertes.DOSSIERS_PAR_JOUR, SeuilsAlertes.FACTEUR_USUEL, 10, 5, List.of(DIMANCHE))).journees().stream()
                            .map(EntrepotSupervision.JourneeUtilisateur::identifiant).toList(), "FORT stays: above 20");
        } finally {
            try (Connection c = base.getConnection(); PreparedStatement ps = c.prepareStatement("DELETE FROM sup_utilisateur_jour WHERE code_caf = ?");
                 PreparedStatement seuil = c.prepareStatement("DELETE FROM sup_seuil_alerte WHERE code_caf = ?")) {
                ps.setString(1, CAF_ALERTES);
                ps.executeUpdate();
                seuil.setString(1, CAF_ALERTES);
                seuil.executeUpdate();
            }
        }
    }

    private void journee(LocalDate jour, String qui, long organisme, int dossiers, int nuit, int autreCaf) throws SQLException {
        try (Connection c = base.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO sup_utilisateur_jour (jour, identifiant,"
                + " organisme_id, code_caf, connexions, dossiers, dossiers_nuit, dossiers_autre_caf) VALUES (?, ?, ?, ?, 1, ?, ?, ?)")) {
            ps.setObject(1, jour);
            ps.setString(2, qui);
            ps.setLong(3, organisme);
            ps.setString(4, CAF_ALERTES);
            ps.setInt(5, dossiers);
            ps.setInt(6, nuit);
            ps.setInt(7, autreCaf);
            ps.executeUpdate();
        }
    }

    // ---- helpers ----

    private static String periode() {
        LocalDate aujourdhui = LocalDate.now(Horloge.FUSEAU);
        return "du=" + aujourdhui.minusDays(2) + "&au=" + aujourdhui.plusDays(1);
    }

    /**
     * The server's own address, read inside it: these tests run in the container, where the tests'
     * property is not set but the server's port offset is.
     */
    private static String base() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset",
                Integer.getInteger("eden.it.port.offset", 400)));
    }

    private static String supervision(String suite) {
        return base() + "/api/tableau-de-bord/supervision?" + periode() + "&granularite=JOUR" + suite;
    }

    private static String alertesUrl() {
        return base() + "/api/tableau-de-bord/supervision/alertes?" + periode();
    }

    private long organisme(String siret) {
        return referentiel.organismeId(siret);
    }

    private long compteDirect(String condition, long organisme) throws SQLException {
        return agregat("SELECT COUNT(*) FROM trace WHERE organisme_id = ? AND " + condition, organisme);
    }

    private long compteDirectCaf(String condition) throws SQLException {
        return compteDirectCaf("COUNT(*)", condition);
    }

    private long compteDirectCaf(String compte, String condition) throws SQLException {
        return nombre("SELECT " + compte + " FROM trace WHERE " + condition);
    }

    private long nombre(String sql) throws SQLException {
        return LectureSeule.nombre(base, sql);
    }

    private long agregat(String sql, Object parametre) throws SQLException {
        return LectureSeule.nombre(base, sql, parametre);
    }

    private static List<String> cles(JsonArray lignes) {
        return lignes.stream().map(l -> l.asJsonObject().getString("cle")).toList();
    }

    private static long somme(JsonArray points, String champ) {
        return points.stream().mapToLong(p -> p.asJsonObject().getJsonNumber(champ).longValue()).sum();
    }

    private static JsonObject lire(String qui, String url) {
        return lire(qui, MOT_DE_PASSE, url);
    }

    private static JsonObject lire(String qui, String motDePasse, String url) {
        HttpResponse<String> reponse = Http.get(URI.create(url), qui, motDePasse);
        assertEquals(200, reponse.statusCode(), url + " " + reponse.body());
        return Http.json(reponse).asJsonObject();
    }

    private static JsonArray lireTableau(String qui, String url) {
        HttpResponse<String> reponse = Http.get(URI.create(url), qui, MOT_DE_PASSE);
        assertEquals(200, reponse.statusCode(), url + " " + reponse.body());
        return Http.json(reponse).asJsonArray();
    }

    private static void refus(String qui, String url, String droit) {
        HttpResponse<String> reponse = Http.get(URI.create(url), qui, MOT_DE_PASSE);
        assertEquals(403, reponse.statusCode(), url + " " + reponse.body());
        assertTrue(reponse.body().contains(droit), "the 403 names the right " + droit + ": " + reponse.body());
    }

    private static HttpResponse<String> envoyer(String qui, String url, String corps) throws IOException, InterruptedException {
        return Http.envoyer(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(corps))
                .header("Content-Type", "application/json").header("Accept", "application/json"), qui, MOT_DE_PASSE);
    }
}

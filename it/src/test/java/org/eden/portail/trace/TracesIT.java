package org.eden.portail.trace;

import org.eden.portail.shared.ReferentielDeTest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.identite.IdentiteService;
import org.eden.portail.identite.ResultatAuthentification;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.identite.StatutCompte;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Horloge;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.Http;
import org.eden.portail.shared.LectureSeule;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.EnumSet;
import java.util.List;

import static org.eden.portail.shared.EnTantQue.en;
import static org.eden.portail.shared.ReferentielDeTest.MOT_DE_PASSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Traces on the real server (H2 and PostgreSQL): recorded for logins and writes, rolled back with
 * a write, kept for a refusal; the chain verified, tampered with by someone with database access
 * and found out; the schema's guard on PostgreSQL; the retention purge. Caf 995 is this class's.
 * Methods run in order: the first one creates the accounts, the client ones log in over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TracesIT {

    static final String CAF = "995";
    static final String SUPERVISEUR = "SUP995001";
    static final String VERIFICATEUR = "VER995001";
    static final String ADMINISTRATEUR = "ADM995001";
    static final String CIBLE = "CIB995001";
    static final String INCONNU = "XYZ995999";
    static final String FAUX = "Faux#Secret2026";

    @Inject
    ReferentielDeTest referentiel;

    @Inject
    IdentiteService identite;

    @Inject
    TraceService traces;

    @Inject
    RetentionTraces retention;

    @Inject
    UserTransaction transaction;

    @Inject
    ScelleurTraces scelleur;

    @Inject
    JournalTraces journal;

    @Inject
    @Readiness // the check's qualifier, which it carries instead of @Default
    SanteScellementTraces sante;

    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory fils;

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    DataSource base;

    static String url(String chemin) {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("eden.it.port.offset", 400)) + chemin;
    }

    /** One row of the trace table, read with plain JDBC. */
    record Ligne(long rang, String identifiant, String codeCaf, String profil, String action, String cibleId,
                 String resultat, String detail, String ip, String sessionHash, String hashPrecedent, String hash) {
    }

    /** The rows the condition selects, in the chain's order, once every committed trace is sealed. */
    private List<Ligne> lignes(String condition, Object... parametres) throws SQLException {
        scelleur.scellerTout();
        try (Connection connexion = base.getConnection();
             PreparedStatement sql = connexion.prepareStatement("SELECT rang, identifiant, code_caf, profil, action, cible_id, "
                     + "resultat, detail, ip, session_hash, hash_precedent, hash FROM trace WHERE " + condition + " ORDER BY rang")) {
            for (int i = 0; i < parametres.length; i++) {
                sql.setObject(i + 1, parametres[i]);
            }
            List<Ligne> lignes = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    lignes.add(new Ligne(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getString(12)));
                }
            }
            return lignes;
        }
    }

    private boolean postgresql() throws SQLException {
        try (Connection connexion = base.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connexion.getMetaData().getDatabaseProductName());
        }
    }

    /** Runs SQL in a transaction of its own, as someone with direct access to the database would. */
    private void sqlDirect(String... instructions) throws Exception {
        transaction.begin();
        try (Connection connexion = base.getConnection(); Statement sql = connexion.createStatement()) {
            for (String instruction : instructions) {
                sql.execute(instruction);
            }
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    /** The accounts of this class and their one role each. */
    private static final String[][] COMPTES = {{SUPERVISEUR, "SUPERVISEUR_CAF"}, {VERIFICATEUR, "VERIFICATEUR_CAF"},
            {ADMINISTRATEUR, "ADMINISTRATEUR_CAF"}, {CIBLE, "VERIFICATEUR_CAF"}};

    // In the server before the HTTP test that logs in with them: @BeforeAll runs in the test JVM only,
    // and a @BeforeEach would run there too, before the @RunAsClient test.
    @Test
    @Order(1)
    @DisplayName("Préalable : les quatre agents de la Caf 995 existent, actifs, avec leur profil et les règles d'usage acceptées, sans connexion ni trace")
    void comptes() throws Exception {
        transaction.begin();
        Caf caf = referentiel.caf(CAF, "Caf d'essai des traces");
        for (String[] compte : COMPTES) {
            referentiel.agentActif(caf, compte[0], "Essai", "Tracé", RoleCaf.valueOf(compte[1]));
        }
        transaction.commit();

        LectureSeule.verifier(transaction, this::verifierComptes);
    }

    private void verifierComptes() throws SQLException {
        for (String[] compte : COMPTES) {
            Utilisateur u = referentiel.verifierActif(compte[0]);
            assertEquals(CAF, u.getCaf().getCode(), compte[0]);
            assertEquals(EnumSet.of(RoleCaf.valueOf(compte[1])), u.getRolesCaf(), compte[0]);
            assertNull(u.getDerniereConnexion(), compte[0]);
            assertTrue(lignes("identifiant = ?", compte[0]).isEmpty(), "the next tests count this account's traces from zero");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    @DisplayName("R-TRACE-4 : la vérification de la chaîne est réservée au superviseur et à l'administrateur Caf (403 sinon)")
    void verificationParApi() {
        HttpResponse<String> reponse = Http.get(URI.create(url("/api/traces/verification")), SUPERVISEUR, MOT_DE_PASSE);
        assertEquals(200, reponse.statusCode(), reponse.body());
        JsonObject verdict = Http.json(reponse).asJsonObject();
        assertTrue(verdict.getBoolean("intacte"), verdict.toString());
        assertTrue(verdict.getJsonNumber("verifiees").longValue() > 0, verdict.toString());

        HttpResponse<String> refus = Http.get(URI.create(url("/api/traces/verification")), VERIFICATEUR, MOT_DE_PASSE);
        assertEquals(403, refus.statusCode(), refus.body());
        assertTrue(refus.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        assertEquals(401, Http.get(URI.create(url("/api/traces/verification")), SUPERVISEUR, FAUX).statusCode());
    }

    @Test
    @Order(3)
    @DisplayName("R-TRACE-1 : les connexions acceptées et refusées sont tracées (qui, d'où, pourquoi), jamais le mot de passe")
    void connexionsTracees() throws Exception {
        assertEquals(ResultatAuthentification.IDENTIFIANT_INCONNU, identite.authentifier(INCONNU, FAUX));

        List<Ligne> superviseur = lignes("identifiant = ? AND action = 'CONNEXION'", SUPERVISEUR);
        Ligne acceptee = superviseur.stream().filter(l -> l.resultat().equals("SUCCES")).findFirst().orElseThrow();
        assertEquals(CAF, acceptee.codeCaf());
        assertEquals("SUPERVISEUR_CAF", acceptee.profil());
        assertEquals(SUPERVISEUR, acceptee.cibleId());
        assertEquals("127.0.0.1", acceptee.ip(), "from where: the HTTP client, through the request's context");
        assertNull(acceptee.detail());
        Ligne refusee = superviseur.stream().filter(l -> l.resultat().equals("ECHEC")).findFirst().orElseThrow();
        assertEquals("MOT_DE_PASSE_INCORRECT", refusee.detail());
        assertEquals("127.0.0.1", refusee.ip());

        Ligne inconnu = lignes("identifiant = ?", INCONNU).get(0);
        assertEquals("ECHEC", inconnu.resultat());
        assertEquals("IDENTIFIANT_INCONNU", inconnu.detail());
        assertEquals(INCONNU, inconnu.cibleId());

        assertEquals(1, lignes("identifiant = ? AND action = 'VERIFICATION_TRACES' AND resultat = 'REFUS'", VERIFICATEUR).size(),
                "the refused API call is traced as a refusal");
        assertEquals(1, lignes("identifiant = ? AND action = 'VERIFICATION_TRACES' AND resultat = 'SUCCES'", SUPERVISEUR).size());

        for (Ligne ligne : lignes("1 = 1")) {
            assertFalse(String.valueOf(ligne).contains(MOT_DE_PASSE) || String.valueOf(ligne).contains(FAUX), ligne.toString());
        }
    }

    @Test
    @Order(4)
    @DisplayName("R-TRACE-1 : la trace d'une écriture annulée disparaît avec elle ; un refus reste tracé malgré l'annulation")
    void traceAnnuleeAvecEcriture() throws Exception {
        transaction.begin();
        en(ADMINISTRATEUR, () -> {
            identite.suspendre(CIBLE);
            return null;
        });
        transaction.rollback();
        assertEquals(StatutCompte.ACTIF, referentiel.utilisateur(CIBLE).getStatut());
        assertEquals(0, lignes("action = 'SUSPENSION' AND cible_id = ?", CIBLE).size(), "rolled back with the suspension");

        transaction.begin();
        assertThrows(AuthorizationException.class, () -> en(VERIFICATEUR, () -> {
            identite.suspendre(CIBLE);
            return null;
        }));
        transaction.rollback();
        List<Ligne> refus = lignes("action = 'SUSPENSION' AND cible_id = ?", CIBLE);
        assertEquals(1, refus.size());
        assertEquals("REFUS", refus.get(0).resultat());
        assertEquals(VERIFICATEUR, refus.get(0).identifiant());

        transaction.begin();
        en(ADMINISTRATEUR, () -> {
            identite.suspendre(CIBLE);
            return null;
        });
        transaction.commit();
        assertEquals(List.of("REFUS", "SUCCES"), lignes("action = 'SUSPENSION' AND cible_id = ?", CIBLE).stream()
                .map(Ligne::resultat).toList());
    }

    @Test
    @Order(5)
    @DisplayName("R-TRACE-1 : la chaîne de hachage est intacte après ces écritures, annulations comprises")
    void chaineIntacte() {
        VerificationChaine verdict = en(SUPERVISEUR, traces::verifier);
        assertTrue(verdict.intacte(), verdict.toString());
    }

    @Test
    @Order(6)
    @DisplayName("R-TRACE-1 : une seule histoire de migrations (V4.1 aussi sur H2) ; sur PostgreSQL, le schéma refuse UPDATE et DELETE hors de la purge")
    void schemaRefuseModification() throws Exception {
        try (Connection connexion = base.getConnection(); Statement sql = connexion.createStatement();
             ResultSet rs = sql.executeQuery(
                     "SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = '4.1'")) {
            assertTrue(rs.next() && rs.getBoolean(1), "V4_1 is in the history of both databases");
        }
        if (!postgresql()) {
            return; // H2 keeps append-only at the application level: no code path updates or deletes a trace.
        }
        SQLException update = assertThrows(SQLException.class, () -> sqlDirect("UPDATE trace SET detail = 'x'"));
        assertTrue(update.getMessage().contains("R-TRACE-1"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class, () -> sqlDirect("DELETE FROM trace"));
        assertTrue(delete.getMessage().contains("R-TRACE-1"), delete.getMessage());
        assertThrows(SQLException.class, () -> sqlDirect("TRUNCATE trace"));
        assertFalse(lignes("1 = 1").isEmpty());
    }

    @Test
    @Order(7)
    @DisplayName("R-TRACE-1 : une trace modifiée directement en base est détectée, au rang exact ; rétablie, la chaîne redevient intacte")
    void falsificationDetectee() throws Exception {
        Ligne cible = lignes("identifiant = ? AND action = 'CONNEXION' AND resultat = 'SUCCES'", SUPERVISEUR).get(0);
        // Someone with access to the database gets past the schema's guard on PostgreSQL.
        String contournement = postgresql() ? "SET LOCAL session_replication_role = replica" : "SELECT 1";
        sqlDirect(contournement, "UPDATE trace SET resultat = 'ECHEC' WHERE rang = " + cible.rang());

        VerificationChaine verdict = en(SUPERVISEUR, traces::verifier);
        assertFalse(verdict.intacte());
        assertEquals(cible.rang(), verdict.rangRompu(), verdict.toString());
        assertNotNull(verdict.motif());

        sqlDirect(contournement, "UPDATE trace SET resultat = 'SUCCES' WHERE rang = " + cible.rang());
        assertTrue(en(SUPERVISEUR, traces::verifier).intacte());
    }

    @Test
    @Order(8)
    @DisplayName("R-TRACE-2 : la purge supprime les traces de plus de six mois, s'enregistre, et la chaîne restante se vérifie depuis son ancre")
    void purgeDeRetention() throws Exception {
        Ligne pivot = lignes("identifiant = ? AND action = 'SUSPENSION' AND resultat = 'SUCCES'", ADMINISTRATEUR).get(0);
        Instant horodatage;
        try (Connection connexion = base.getConnection();
             PreparedStatement sql = connexion.prepareStatement("SELECT horodatage FROM trace WHERE rang = ?")) {
            sql.setLong(1, pivot.rang());
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                horodatage = rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }
        long avant = lignes("1 = 1").size();
        // Six months after the pivot trace, as the clock would say then.
        Instant dansSixMois = horodatage.atZone(Horloge.FUSEAU).plusMonths(6).toInstant();

        PurgeTraces purge = retention.purger(dansSixMois);

        assertEquals(ResultatTrace.SUCCES, purge.getResultat());
        assertTrue(purge.getNombre() > 0, "the traces older than the pivot are gone");
        List<Ligne> restantes = lignes("1 = 1");
        assertEquals(avant - purge.getNombre() + 1, restantes.size(), "plus the purge's own trace");
        assertEquals(purge.getAncreRang(), restantes.get(0).rang());
        assertEquals(purge.getAncreHash(), restantes.get(0).hashPrecedent(), "the anchor is the last purged trace's hash");
        assertTrue(restantes.get(0).rang() <= pivot.rang(), "the pivot, exactly six months old, is kept");
        assertTrue(retention.purges().stream().anyMatch(p -> p.getNombre() == purge.getNombre()
                && p.getAncreRang().equals(purge.getAncreRang())), "the run is recorded");
        assertEquals("PURGE_TRACES", restantes.get(restantes.size() - 1).action());

        VerificationChaine verdict = en(SUPERVISEUR, traces::verifier);
        assertTrue(verdict.intacte(), verdict.toString());
        assertEquals(restantes.size(), verdict.verifiees(), "every remaining trace is checked, from the anchor");

        PurgeTraces seconde = retention.purger(dansSixMois);
        assertEquals(0, seconde.getNombre(), "nothing more to purge at the same instant");
        assertTrue(en(SUPERVISEUR, traces::verifier).intacte());
    }

    @Test
    @Order(9)
    @DisplayName("R-TRACE-1 : 20 fils écrivent 200 traces en même temps, sans attendre de verrou commun ; scellées, elles prolongent la chaîne sans trou ni fourche")
    void ajoutsConcurrents() throws Exception {
        int nombreFils = 20;
        int parFil = 10;
        CountDownLatch depart = new CountDownLatch(1);
        List<Throwable> erreurs = Collections.synchronizedList(new ArrayList<>());
        List<Thread> ecrivains = new ArrayList<>();
        for (int f = 0; f < nombreFils; f++) {
            String fil = "FIL" + f;
            Thread ecrivain = fils.newThread(() -> {
                try {
                    depart.await();
                    for (int i = 0; i < parFil; i++) {
                        journal.enregistrerDansNouvelleTransaction(new EvenementTrace("ESSAI_CONCURRENCE", "FIL",
                                fil + "-" + i, ResultatTrace.SUCCES, null, CIBLE, null));
                    }
                } catch (Throwable e) {
                    erreurs.add(e);
                }
            });
            ecrivains.add(ecrivain);
            ecrivain.start();
        }
        depart.countDown();
        for (Thread ecrivain : ecrivains) {
            ecrivain.join(Duration.ofMinutes(3).toMillis());
            assertFalse(ecrivain.isAlive(), "a writer still runs after 3 minutes");
        }
        assertEquals(List.of(), erreurs);

        List<Ligne> essais = lignes("action = 'ESSAI_CONCURRENCE'");
        assertEquals(nombreFils * parFil, essais.size());
        Set<Long> rangs = new TreeSet<>();
        essais.forEach(l -> rangs.add(l.rang()));
        assertEquals(nombreFils * parFil, rangs.size(), "one rang each: no fork");
        long toutes = lignes("1 = 1").size();
        VerificationChaine verdict = en(SUPERVISEUR, traces::verifier);
        assertTrue(verdict.intacte(), verdict.toString());
        assertEquals(toutes, verdict.verifiees(), "every trace sealed, from the anchor to the head: no gap");
        assertEquals(0, verdict.attente().nombre(), verdict.toString());
    }

    @Test
    @Order(10)
    @DisplayName("R-TRACE-1 : une trace qui attend son scellement est signalée à part par la vérification, et le contrôle de santé passe « non prêt » quand elle attend trop")
    void attenteSignalee() throws Exception {
        // The previous test's last traces are sealed up to a tenth of a second after their commit.
        scelleur.scellerTout();
        assertEquals(HealthCheckResponse.Status.UP, sante.call().getStatus(), "nothing waits once sealed");
        transaction.begin();
        try {
            // Written in this transaction and not committed: waiting, as seen from this transaction,
            // and stamped ten minutes before the portal's now, as if the sealer had been stuck since.
            try (Connection connexion = base.getConnection();
                 PreparedStatement sql = connexion.prepareStatement(
                         "INSERT INTO trace (id, horodatage, action, resultat) VALUES (-1, ?, 'ESSAI_ATTENTE', 'SUCCES')")) {
                sql.setObject(1, HorlogeDuServeur.maintenant().minus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC));
                sql.executeUpdate();
            }
            VerificationChaine verdict = en(SUPERVISEUR, traces::verifier);
            assertTrue(verdict.intacte(), "a waiting trace is not a break: " + verdict);
            assertEquals(1, verdict.attente().nombre(), verdict.toString());
            HealthCheckResponse etat = sante.call();
            assertEquals(HealthCheckResponse.Status.DOWN, etat.getStatus(), String.valueOf(etat.getData()));
            assertEquals(1L, etat.getData().orElseThrow().get("en-attente"));
        } finally {
            transaction.rollback();
        }
    }

    /** The partitions of the trace table (PostgreSQL), as the catalog lists them. */
    private List<String> partitions() throws SQLException {
        try (Connection connexion = base.getConnection()) {
            return PartitionsTraces.partitions(connexion);
        }
    }

    private long compter(String sql) throws SQLException {
        return LectureSeule.nombre(base, sql);
    }

    /** Writes waiting traces (no rang) of Caf 995, as the journal would, with the given ids and times. */
    private void ecrireEnAttente(String action, long premierId, List<Instant> horodatages) throws Exception {
        transaction.begin();
        try (Connection connexion = base.getConnection(); PreparedStatement sql = connexion.prepareStatement(
                "INSERT INTO trace (id, horodatage, code_caf, action, resultat) VALUES (?, ?, '995', ?, 'SUCCES')")) {
            long id = premierId;
            for (Instant horodatage : horodatages) {
                sql.setLong(1, id++);
                sql.setObject(2, horodatage.atOffset(ZoneOffset.UTC));
                sql.setString(3, action);
                sql.addBatch();
            }
            sql.executeBatch();
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    @Test
    @Order(11)
    @DisplayName("R-TRACE-2 : sur PostgreSQL la purge supprime les mois entiers (partitions) puis le reste ligne à ligne ; sur H2 par suppressions ; la chaîne se vérifie depuis la nouvelle ancre")
    void purgeParMoisEntiers() throws Exception {
        // Four months of 2020 (fixed dates), their partitions prepared as the nightly job would
        // then, and traces written in each after everything else.
        assertTrue(retention.preparerPartitions(Instant.parse("2020-01-15T12:00:00Z")).size() == (postgresql() ? 3 : 0));
        retention.preparerPartitions(Instant.parse("2020-02-15T12:00:00Z"));
        List<String> anciennes = List.of("trace_2020_01", "trace_2020_02", "trace_2020_03", "trace_2020_04");
        List<Instant> horodatages = new ArrayList<>();
        for (int m = 1; m <= 4; m++) {
            for (int i = 0; i < 3; i++) {
                // The 1st at 00:30 Paris time is still this month: the bounds are Paris midnights.
                horodatages.add(java.time.LocalDateTime.of(2020, m, 1 + 9 * i, 0, 30).atZone(Horloge.FUSEAU).toInstant());
            }
        }
        ecrireEnAttente("ESSAI_PARTITION", -10_000, horodatages);
        long avant = lignes("1 = 1").size(); // every trace sealed, the 2020 ones last
        if (postgresql()) {
            assertTrue(partitions().containsAll(anciennes), partitions().toString());
            for (String partition : anciennes) {
                assertEquals(3, compter("SELECT COUNT(*) FROM " + partition), partition);
            }
            assertEquals(0, compter("SELECT COUNT(*) FROM " + PartitionsTraces.DEFAUT), "each 2020 trace in its month");
        }

        // Six months (and a few days, whatever the month's length) after the server's now: every
        // trace written so far is past the limit, the four months of 2020 among them.
        Instant maintenant = HorlogeDuServeur.maintenant().atZone(Horloge.FUSEAU).plusMonths(6).plusDays(4).toInstant();
        PurgeTraces purge = retention.purger(maintenant);

        assertEquals(ResultatTrace.SUCCES, purge.getResultat());
        assertEquals(avant, purge.getNombre(), "dropped partitions and deleted rows together: every trace before the limit");
        assertEquals(0, lignes("action = 'ESSAI_PARTITION'").size());
        if (postgresql()) {
            List<String> restantes = partitions();
            for (String partition : anciennes) {
                assertFalse(restantes.contains(partition), partition + " dropped, not emptied: " + restantes);
            }
            assertEquals(0, compter("SELECT COUNT(*) FROM pg_class WHERE relname LIKE 'trace_2020_%'"));
        }
        List<Ligne> restantes = lignes("1 = 1");
        assertEquals(1, restantes.size(), "only the purge's own trace, sealed after it: " + restantes);
        assertEquals("PURGE_TRACES", restantes.get(0).action());
        assertEquals(purge.getAncreRang(), restantes.get(0).rang());
        assertEquals(purge.getAncreHash(), restantes.get(0).hashPrecedent(), "the anchor is the last purged trace's hash");
        VerificationChaine verdict = en(SUPERVISEUR, traces::verifier);
        assertTrue(verdict.intacte(), verdict.toString());
        assertEquals(1, verdict.verifiees(), "from the new anchor");

        // The current month's partition again, should the purge have dropped it (a few days before
        // a month's end): what was written meanwhile leaves the default partition.
        retention.preparerPartitions(HorlogeDuServeur.maintenant());
        if (postgresql()) {
            assertTrue(partitions().contains(PartitionsTraces.nom(PartitionsTraces.mois(HorlogeDuServeur.maintenant()))));
            assertEquals(0, compter("SELECT COUNT(*) FROM " + PartitionsTraces.DEFAUT));
        }
        assertTrue(en(SUPERVISEUR, traces::verifier).intacte());
    }

    @Test
    @Order(12)
    @DisplayName("R-TRACE-1 : un rang en double (possible sur PostgreSQL, où l'index du rang n'est plus unique) est signalé, même à la limite de deux pages ; H2 le refuse")
    void rangEnDoubleDetecte() throws Exception {
        // A page and a half of traces from the anchor: the copy of the page's last trace is the
        // first row of the next page.
        Instant maintenant = HorlogeDuServeur.maintenant();
        ecrireEnAttente("ESSAI_DOUBLE", -100_000, Collections.nCopies(TraceService.PAGE + 500, maintenant));
        lignes("1 = 0"); // seals them
        long ancre = retention.purges().stream().filter(p -> p.getAncreRang() != null)
                .mapToLong(PurgeTraces::getAncreRang).max().orElse(1);
        long cible = ancre + TraceService.PAGE - 1;
        String copie = "INSERT INTO trace (id, rang, horodatage, identifiant, organisme_id, code_caf, profil, action, cible_type, "
                + "cible_id, resultat, detail, ip, session_hash, hash_precedent, hash) SELECT 1000000000000, rang, horodatage, "
                + "identifiant, organisme_id, code_caf, profil, action, cible_type, cible_id, resultat, detail, ip, session_hash, "
                + "hash_precedent, hash FROM trace WHERE rang = " + cible;
        if (!postgresql()) {
            assertThrows(SQLException.class, () -> sqlDirect(copie), "H2 keeps rang unique");
            assertTrue(en(SUPERVISEUR, traces::verifier).intacte());
            return;
        }
        sqlDirect(copie);
        assertEquals(2, compter("SELECT COUNT(*) FROM trace WHERE rang = " + cible));

        VerificationChaine verdict = en(SUPERVISEUR, traces::verifier);
        assertFalse(verdict.intacte(), verdict.toString());
        assertEquals(cible, verdict.rangRompu(), verdict.toString());
        assertTrue(verdict.motif().contains("en double"), verdict.motif());
        assertEquals(TraceService.PAGE, verdict.verifiees(), "the whole first page, then the copy");

        sqlDirect("SET LOCAL session_replication_role = replica", "DELETE FROM trace WHERE id = 1000000000000");
        assertTrue(en(SUPERVISEUR, traces::verifier).intacte());
    }

    @Test
    @Order(13)
    @DisplayName("R-TRACE-1 : V25 dans l'histoire des deux bases ; sur PostgreSQL la table est partitionnée par mois et chaque partition refuse TRUNCATE et DELETE")
    void gardeSurLesPartitions() throws Exception {
        assertEquals(1, compter("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '25' AND \"success\""));
        if (!postgresql()) {
            return; // no partitions on H2: the purge deletes rows there
        }
        assertEquals(1, compter("SELECT COUNT(*) FROM pg_partitioned_table WHERE partrelid = 'trace'::regclass"));
        String mois = PartitionsTraces.nom(PartitionsTraces.mois(HorlogeDuServeur.maintenant()));
        long lignesDuMois = compter("SELECT COUNT(*) FROM " + mois);
        assertTrue(lignesDuMois > 0, "this month's traces are in this month's partition");
        for (String partition : List.of(mois, PartitionsTraces.DEFAUT)) {
            SQLException truncate = assertThrows(SQLException.class, () -> sqlDirect("TRUNCATE " + partition));
            assertTrue(truncate.getMessage().contains("R-TRACE-1"), truncate.getMessage());
        }
        SQLException delete = assertThrows(SQLException.class, () -> sqlDirect("DELETE FROM " + mois));
        assertTrue(delete.getMessage().contains("R-TRACE-1"), delete.getMessage());
        assertThrows(SQLException.class, () -> sqlDirect("TRUNCATE trace"));
        assertEquals(lignesDuMois, compter("SELECT COUNT(*) FROM " + mois));
    }
}

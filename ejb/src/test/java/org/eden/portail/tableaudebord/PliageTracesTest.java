package org.eden.portail.tableaudebord;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-TDB-2, R-TDB-7: what the fold of the traces counts, on fixed instants. */
class PliageTracesTest {

    private static final LocalDate MARDI = LocalDate.of(2026, 3, 10);
    private long rang;

    private TraceLue trace(String heure, String identifiant, Long organisme, String action, String cible, String resultat, String detail,
                           String session) {
        return new TraceLue(++rang, Instant.parse("2026-03-10T" + heure + "Z"), identifiant, organisme, organisme == null ? "271" : "271",
                action, cible, resultat, detail, session);
    }

    @Test
    @DisplayName("R-TDB-2 : connexions, connexions CDAP (une par session et par jour), dossiers et sections, par jour et organisme")
    void compte() {
        PliageTraces pliage = new PliageTraces();
        List<TraceLue> traces = new ArrayList<>();
        traces.add(trace("08:00:00", "DUP271001", 7L, "CONNEXION", "DUP271001", "SUCCES", null, "s1"));
        traces.add(trace("08:01:00", "DUP271001", 7L, "CDAP_RECHERCHE", "271/123", "SUCCES", "profil=T2", "s1"));
        traces.add(trace("08:01:10", "DUP271001", 7L, "CDAP_SECTION", "271/123", "SUCCES", "profil=T2 section=DROITS", "s1"));
        traces.add(trace("08:02:00", "DUP271001", 7L, "CDAP_SECTION", "271/123", "SUCCES", "profil=T2 section=PAIEMENT", "s1"));
        traces.add(trace("08:03:00", "DUP271001", 7L, "CDAP_RECHERCHE", "271/456", "SUCCES", "profil=T2", "s1"));
        traces.add(trace("09:00:00", "GAR271001", 7L, "CDAP_RECHERCHE", "271/789", "SUCCES", "profil=T2", "s2"));
        // Not counted: a refusal, a Caf agent (no organisation), an action that is not supervised.
        traces.add(trace("09:01:00", "GAR271001", 7L, "CDAP_RECHERCHE", "271/790", "REFUS", "profil=T2 R-CDAP-1", "s2"));
        traces.add(trace("09:02:00", "PET271001", null, "CONNEXION", "PET271001", "SUCCES", null, "s3"));
        traces.add(trace("09:03:00", "DUP271001", 7L, "CONSULTATION_COMPTE", null, "SUCCES", null, "s1"));
        traces.forEach(pliage::plier);

        assertEquals(1L, pliage.activite().get(new PliageTraces.CleActivite(MARDI, "271", 7L, PliageTraces.CONNEXION)));
        assertEquals(3L, pliage.activite().get(new PliageTraces.CleActivite(MARDI, "271", 7L, PliageTraces.DOSSIER_CDAP)));
        assertEquals(1L, pliage.activite().get(new PliageTraces.CleActivite(MARDI, "271", 7L, PliageTraces.SECTION + "DROITS")));
        assertEquals(1L, pliage.activite().get(new PliageTraces.CleActivite(MARDI, "271", 7L, PliageTraces.SECTION + "PAIEMENT")));
        List<PliageTraces.SessionCdap> sessions = new ArrayList<>();
        pliage.sessionsCdap().forEach(sessions::add);
        assertEquals(List.of("s1", "s2"), sessions.stream().map(PliageTraces.SessionCdap::cle).toList(), "une connexion CDAP par session");
        PliageTraces.Compteurs dupont = pliage.utilisateurs().get(new PliageTraces.CleUtilisateur(MARDI, "DUP271001"));
        assertEquals(1, dupont.connexions());
        assertEquals(2, dupont.dossiers());
        assertEquals(1, pliage.utilisateurs().get(new PliageTraces.CleUtilisateur(MARDI, "GAR271001")).dossiers());
        assertNull(pliage.utilisateurs().get(new PliageTraces.CleUtilisateur(MARDI, "PET271001")));
    }

    @Test
    @DisplayName("R-TDB-7 : un dossier ouvert la nuit (heure de Paris) ou d'une autre Caf est compté comme tel")
    void nuitEtAutreCaf() {
        PliageTraces pliage = new PliageTraces();
        // 05:30 UTC is 06:30 in Paris in March (winter time): night. 18:30 UTC is 19:30: day. 19:00 UTC is 20:00: night.
        pliage.plier(trace("05:30:00", "GAR271001", 7L, "CDAP_RECHERCHE", "271/1", "SUCCES", "profil=T2", null));
        pliage.plier(trace("18:30:00", "GAR271001", 7L, "CDAP_RECHERCHE", "761/2", "SUCCES", "profil=T2", null));
        pliage.plier(trace("19:00:00", "GAR271001", 7L, "CDAP_RECHERCHE", "271/3", "SUCCES", "profil=T2", null));
        PliageTraces.Compteurs c = pliage.utilisateurs().get(new PliageTraces.CleUtilisateur(MARDI, "GAR271001"));
        assertEquals(3, c.dossiers());
        assertEquals(2, c.dossiersNuit());
        assertEquals(1, c.dossiersAutreCaf());
        List<PliageTraces.SessionCdap> sessions = new ArrayList<>();
        pliage.sessionsCdap().forEach(sessions::add);
        assertEquals(1, sessions.size(), "sans session, l'utilisateur compte une connexion CDAP par jour");
    }

    @Test
    @DisplayName("R-TDB-2 : la section lue se lit dans le détail de la trace ; un détail inattendu n'invente pas de section")
    void section() {
        assertEquals("DROITS", PliageTraces.section("profil=T2 section=DROITS"));
        assertEquals("ATTESTATION", PliageTraces.section("profil=T2 section=ATTESTATION reference=ATT-271-1-20260310-AB12CD34"));
        assertNull(PliageTraces.section("profil=T2"));
        assertNull(PliageTraces.section("section=<script>"));
        assertTrue(PliageTraces.section(null) == null);
    }
}

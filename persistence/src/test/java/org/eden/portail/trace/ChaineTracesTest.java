package org.eden.portail.trace;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChaineTracesTest {

    private static final Trace.Acteur ACTEUR = new Trace.Acteur("DUP271001", 42L, "271", "PARTENAIRE", "192.0.2.7",
            Trace.sha256("session"));
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456Z");

    private static List<Trace> chaine(TeteChaine tete, int nombre) {
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < nombre; i++) {
            traces.add(tete.ajouter(T0.plusSeconds(i), ACTEUR, "CONNEXION", "UTILISATEUR", "DUP271001",
                    i % 2 == 0 ? ResultatTrace.SUCCES : ResultatTrace.ECHEC, i % 2 == 0 ? null : "MOT_DE_PASSE_INCORRECT"));
        }
        return traces;
    }

    private static VerificationChaine verifier(List<Trace> traces, long premierRang, String ancre, TeteChaine tete) {
        VerificateurChaine verificateur = new VerificateurChaine(premierRang, ancre);
        for (Trace trace : traces) {
            if (!verificateur.suivante(trace)) {
                break;
            }
        }
        return verificateur.resultat(tete.getDernierRang(), tete.getDernierHash());
    }

    private static void modifier(Trace trace, String champ, Object valeur) throws ReflectiveOperationException {
        Field f = Trace.class.getDeclaredField(champ);
        f.setAccessible(true);
        f.set(trace, valeur);
    }

    @Test
    @DisplayName("R-TRACE-1 : chaque trace scelle SHA-256(hash précédent + contenu canonique), depuis la genèse")
    void chaineDeHashes() {
        TeteChaine tete = new TeteChaine(0, Trace.GENESE);
        List<Trace> traces = chaine(tete, 3);
        assertEquals(Trace.GENESE, traces.get(0).getHashPrecedent());
        assertEquals(1, traces.get(0).getRang());
        for (int i = 1; i < traces.size(); i++) {
            assertEquals(traces.get(i - 1).getHash(), traces.get(i).getHashPrecedent());
            assertEquals(i + 1, traces.get(i).getRang());
        }
        Trace premiere = traces.get(0);
        assertEquals(Trace.sha256(Trace.GENESE + premiere.contenuCanonique()), premiere.getHash());
        assertEquals(64, premiere.getHash().length());
        assertEquals(traces.get(2).getHash(), tete.getDernierHash());
        assertEquals(3, tete.getDernierRang());
        assertEquals(T0.toEpochMilli(), premiere.getHorodatage().toEpochMilli(), "cut to the millisecond, both databases keep it");
        assertEquals(0, premiere.getHorodatage().getNano() % 1_000_000);
    }

    @Test
    @DisplayName("R-TRACE-1 : le contenu canonique distingue null, vide et séparateurs dans les valeurs")
    void contenuCanoniqueSansAmbiguite() {
        TeteChaine tete = new TeteChaine(0, Trace.GENESE);
        Trace a = tete.ajouter(T0, new Trace.Acteur("A|B", null, null, null, null, null), "X", null, null, ResultatTrace.SUCCES, "");
        TeteChaine autre = new TeteChaine(0, Trace.GENESE);
        Trace b = autre.ajouter(T0, new Trace.Acteur("A", null, null, null, null, null), "X", null, null, ResultatTrace.SUCCES, null);
        assertNotEquals(a.contenuCanonique(), b.contenuCanonique());
        assertTrue(a.contenuCanonique().contains("3:A|B"));
    }

    @Test
    @DisplayName("R-TRACE-1 : une chaîne non touchée est déclarée intacte, une chaîne vide aussi")
    void chaineIntacte() {
        TeteChaine tete = new TeteChaine(0, Trace.GENESE);
        List<Trace> traces = chaine(tete, 5);
        assertEquals(VerificationChaine.intacte(5), verifier(traces, 1, Trace.GENESE, tete));
        TeteChaine vide = new TeteChaine(0, Trace.GENESE);
        assertEquals(VerificationChaine.intacte(0), verifier(List.of(), 1, Trace.GENESE, vide));
    }

    @Test
    @DisplayName("R-TRACE-1 : une trace modifiée en base est la première rompue, même si son hash est recalculé")
    void modificationDetectee() throws ReflectiveOperationException {
        TeteChaine tete = new TeteChaine(0, Trace.GENESE);
        List<Trace> traces = chaine(tete, 5);
        modifier(traces.get(2), "resultat", ResultatTrace.REFUS);
        VerificationChaine verdict = verifier(traces, 1, Trace.GENESE, tete);
        assertFalse(verdict.intacte());
        assertEquals(3L, verdict.rangRompu());
        assertEquals(2, verdict.verifiees());

        // A forger who also recomputes the row's hash breaks the link of the next one.
        modifier(traces.get(2), "hash", traces.get(2).hashAttendu());
        verdict = verifier(traces, 1, Trace.GENESE, tete);
        assertEquals(4L, verdict.rangRompu());
    }

    @Test
    @DisplayName("R-TRACE-1 : une trace supprimée au milieu, au début ou à la fin est détectée")
    void suppressionDetectee() {
        TeteChaine tete = new TeteChaine(0, Trace.GENESE);
        List<Trace> traces = chaine(tete, 5);

        List<Trace> sansMilieu = new ArrayList<>(traces);
        sansMilieu.remove(2);
        assertEquals(3L, verifier(sansMilieu, 1, Trace.GENESE, tete).rangRompu());

        assertEquals(1L, verifier(traces.subList(1, 5), 1, Trace.GENESE, tete).rangRompu(), "the beginning, outside a purge");

        VerificationChaine sansFin = verifier(traces.subList(0, 4), 1, Trace.GENESE, tete);
        assertFalse(sansFin.intacte());
        assertEquals(5L, sansFin.rangRompu(), "the head says the chain goes on to rang 5");
    }

    @Test
    @DisplayName("R-TRACE-1 : une trace rejouée sous un rang déjà vérifié (l'index du rang n'est plus unique) est signalée en double")
    void rangEnDoubleDetecte() {
        TeteChaine tete = new TeteChaine(0, Trace.GENESE);
        List<Trace> traces = chaine(tete, 5);
        List<Trace> avecDouble = new ArrayList<>(traces);
        avecDouble.add(3, traces.get(2)); // rang 3 twice, same content: each row alone hashes right
        VerificationChaine verdict = verifier(avecDouble, 1, Trace.GENESE, tete);
        assertFalse(verdict.intacte());
        assertEquals(3L, verdict.rangRompu());
        assertEquals(3, verdict.verifiees());
        assertTrue(verdict.motif().contains("en double"), verdict.motif());
    }

    @Test
    @DisplayName("R-TRACE-2 : après une purge, la chaîne restante se vérifie depuis l'ancre enregistrée")
    void verificationDepuisAncre() {
        TeteChaine tete = new TeteChaine(0, Trace.GENESE);
        List<Trace> traces = chaine(tete, 5);
        String ancre = traces.get(1).getHash();
        assertEquals(VerificationChaine.intacte(3), verifier(traces.subList(2, 5), 3, ancre, tete));
        assertEquals(3L, verifier(traces.subList(2, 5), 3, Trace.GENESE, tete).rangRompu(), "a wrong anchor does not hold");
        assertEquals(VerificationChaine.intacte(0), verifier(List.of(), 6, tete.getDernierHash(), tete),
                "everything purged: the anchor is the head");
    }
}

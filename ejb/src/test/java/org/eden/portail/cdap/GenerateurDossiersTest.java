package org.eden.portail.cdap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateurDossiersTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 24);

    @Test
    @DisplayName("Même graine, même rang, même Caf : le même dossier, rangée par rangée, dans n'importe quel ordre")
    void deterministe() {
        GenerateurDossiers a = new GenerateurDossiers(42, REFERENCE);
        GenerateurDossiers b = new GenerateurDossiers(42, REFERENCE);
        b.generer("271", 7); // another file made first changes nothing
        for (int rang = 0; rang < 200; rang++) {
            assertEquals(lignes(a.generer("271", rang)), lignes(b.generer("271", rang)), "dossier " + rang);
        }
    }

    @Test
    @DisplayName("Une autre graine ou une autre Caf donne d'autres dossiers")
    void graineEtCaf() {
        GenerateurDossiers a = new GenerateurDossiers(42, REFERENCE);
        GenerateurDossiers b = new GenerateurDossiers(43, REFERENCE);
        assertNotEquals(lignes(a.generer("271", 0)), lignes(b.generer("271", 0)));
        assertNotEquals(lignes(a.generer("271", 0)), lignes(a.generer("761", 0)));
    }

    @Test
    @DisplayName("R-CDAP-1 : numéros allocataires de 1 à 7 chiffres, distincts dans une Caf")
    void numeros() {
        GenerateurDossiers g = new GenerateurDossiers(2026, REFERENCE);
        Set<String> vus = new HashSet<>();
        for (int rang = 0; rang < 200_000; rang++) {
            String numero = g.numero(rang);
            assertTrue(numero.matches("[1-9]\\d{0,6}"), numero);
            assertTrue(vus.add(numero), "numéro donné deux fois : " + numero);
        }
    }

    @Test
    @DisplayName("Dossiers réalistes : 24 mois de paiements au plus, détail égal au total, QF parfois non connu, fenêtre RSA des deux côtés (R-CDAP-5)")
    void realistes() {
        GenerateurDossiers g = new GenerateurDossiers(2026, REFERENCE);
        int qfInconnu = 0;
        int rsaEnCours = 0;
        int rsaDansFenetre = 0;
        int rsaHorsFenetre = 0;
        int creances = 0;
        for (int rang = 0; rang < 2_000; rang++) {
            DossierGenere d = g.generer("271", rang);
            assertTrue(d.paiements().size() <= GenerateurDossiers.MOIS_DE_PAIEMENTS);
            for (Paiement p : d.paiements()) {
                BigDecimal somme = p.getLignes().stream().map(LignePaiement::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, somme.compareTo(p.montant()), p.detail());
                assertTrue(p.date().isBefore(REFERENCE.plusMonths(1)));
            }
            assertEquals("ALLOCATAIRE", d.famille().get(0).role());
            assertTrue(d.dossier().adresse().getCodePostal().startsWith("27"), "Caf de l'Eure : communes de l'Eure");
            if (!d.dossier().quotientFamilial().isConnu()) {
                qfInconnu++;
            }
            if (!d.creances().isEmpty()) {
                creances++;
            }
            for (PeriodeRsa p : d.periodesRsa()) {
                if (p.isEnCours()) {
                    rsaEnCours++;
                } else if (p.dansLaFenetre(REFERENCE, ReglesCdap.FENETRE_RSA_MOIS)) {
                    rsaDansFenetre++;
                } else {
                    rsaHorsFenetre++;
                }
            }
        }
        assertTrue(qfInconnu > 50 && qfInconnu < 400, "QF non connu : " + qfInconnu);
        assertTrue(rsaEnCours > 150, "RSA en cours : " + rsaEnCours);
        assertTrue(rsaDansFenetre > 50, "RSA terminé depuis moins de 24 mois : " + rsaDansFenetre);
        assertTrue(rsaHorsFenetre > 50, "RSA terminé depuis plus de 24 mois : " + rsaHorsFenetre);
        assertTrue(creances > 100, "créances : " + creances);
    }

    @Test
    @DisplayName("R-CDAP-5 : la fenêtre RSA de 24 mois, bornes comprises")
    void fenetreRsa() {
        LocalDate jour = LocalDate.of(2026, 11, 24);
        assertTrue(new PeriodeRsa(LocalDate.of(2020, 1, 1), null, BigDecimal.TEN).dansLaFenetre(jour, 24));
        assertTrue(new PeriodeRsa(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 11, 24), BigDecimal.TEN).dansLaFenetre(jour, 24));
        assertTrue(!new PeriodeRsa(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 11, 23), BigDecimal.TEN).dansLaFenetre(jour, 24));
        assertTrue(!new PeriodeRsa(LocalDate.of(2026, 12, 1), null, BigDecimal.TEN).dansLaFenetre(jour, 24));
    }

    /** A generated file as the rows it becomes: a full, comparable picture of it. */
    private static String lignes(DossierGenere d) {
        StringBuilder s = new StringBuilder();
        for (TablesBase.Table t : TablesBase.TABLES) {
            for (Object[] ligne : t.lignes().apply(d)) {
                s.append(t.nom()).append(java.util.Arrays.toString(ligne)).append('\n');
            }
        }
        return s.toString();
    }
}

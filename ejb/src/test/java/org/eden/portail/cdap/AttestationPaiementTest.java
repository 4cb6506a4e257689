package org.eden.portail.cdap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttestationPaiementTest {

    @Test
    @DisplayName("R-CDAP-2 : l'attestation de paiement est un vrai PDF, relu : en-tête de la Caf, allocataire, paiements, total, date, référence")
    void pdfRelu() throws IOException {
        IdentiteAllocataire allocataire = new IdentiteAllocataire("Mme", "Lefèvre", "Anaïs", LocalDate.of(1988, 3, 14),
                "Célibataire", "Salarié(e)", LocalDate.of(2015, 1, 1));
        List<Paiement> paiements = List.of(
                new Paiement(LocalDate.of(2026, 11, 5), new BigDecimal("1296.43"), "AF=151.05;APL=245.38;RSA=950.00;RETENUE=-50.00"),
                new Paiement(LocalDate.of(2026, 10, 5), new BigDecimal("1346.43"), "AF=151.05;APL=245.38;RSA=950.00"));
        byte[] pdf = new AttestationPaiement().produire(new AttestationPaiement.Contenu("Caf de l'Eure",
                List.of("11, allée des Soupirs, CS 82601", "27026 Évreux Cedex"), "Évreux", allocataire, "1234567",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30), paiements, LocalDate.of(2026, 11, 24),
                "ATT-271-1234567-20261124-0A1B2C3D"));

        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String texte = new PDFTextStripper().getText(document).replace('\u00A0', ' ');
            for (String attendu : List.of("Caf de l'Eure", "27026 Évreux Cedex", "Attestation de paiement",
                    "Fait à Évreux, le 24 novembre 2026", "Mme Anaïs LEFÈVRE", "Numéro allocataire : 1234567",
                    "entre le 1er octobre 2026 et le 30 novembre 2026", "05/11/2026", "05/10/2026",
                    "Allocations familiales", "Aide personnalisée au logement", "Revenu de solidarité active",
                    "-50,00 €", "1 296,43 €", "1 346,43 €", "Total versé sur la période", "2 642,86 €",
                    "Référence de vérification : ATT-271-1234567-20261124-0A1B2C3D")) {
                assertTrue(texte.contains(attendu), () -> "« " + attendu + " » absent de :\n" + texte);
            }
            assertEquals("Attestation de paiement n° ATT-271-1234567-20261124-0A1B2C3D", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    @DisplayName("R-CDAP-2 : 24 mois de paiements détaillés tiennent sur plusieurs pages, rien n'est coupé")
    void plusieursPages() throws IOException {
        DossierGenere d = new GenerateurDossiers(7, LocalDate.of(2026, 11, 24)).generer("271", 3);
        List<Paiement> paiements = java.util.stream.IntStream.range(0, 24)
                .mapToObj(i -> new Paiement(LocalDate.of(2026, 11, 5).minusMonths(i), new BigDecimal("600.00"),
                        "AF=151.05;PAJE=198.16;ALF=150.79;PPA=100.00"))
                .toList();
        byte[] pdf = new AttestationPaiement().produire(new AttestationPaiement.Contenu("Caf de l'Eure", List.of(), "Évreux",
                d.dossier().identite(), d.dossier().numero(), LocalDate.of(2024, 11, 1), LocalDate.of(2026, 11, 30),
                paiements, LocalDate.of(2026, 11, 24), "ATT-X"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 1);
            String texte = new PDFTextStripper().getText(document).replace('\u00A0', ' ');
            assertTrue(texte.contains("14 400,00 €"), texte);
            assertTrue(texte.contains("05/12/2024"));
        }
    }

    @Test
    @DisplayName("Montants et dates au format français")
    void formats() {
        assertEquals("1\u00A0234\u00A0567,80\u00A0€", FormatFrancais.montant(new BigDecimal("1234567.8")));
        assertEquals("0,05\u00A0€", FormatFrancais.montant(new BigDecimal("0.05")));
        assertEquals("-50,00\u00A0€", FormatFrancais.montant(new BigDecimal("-50")));
        assertEquals("05/11/2026", FormatFrancais.date(LocalDate.of(2026, 11, 5)));
        assertEquals("1er mars 2026", FormatFrancais.dateLongue(LocalDate.of(2026, 3, 1)));
        assertEquals("24 novembre 2026", FormatFrancais.dateLongue(LocalDate.of(2026, 11, 24)));
    }
}

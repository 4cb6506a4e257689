package org.eden.portail.cdap;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eden.portail.shared.Adresse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JSON the API writes of the CDAP values, pinned to the letter: JSON-B names a class's
 * properties after its getters and a record's after its components, so turning one into the other
 * must not change a name, an order or a derived property (the lines of a Paiement). Built like
 * {@code api.JsonbDuPortail}: the default JSON-B of the server.
 */
class JsonDesValeursCdapTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void fermer() throws Exception {
        JSONB.close();
    }

    @Test
    void droitEnCoursEtDroitTermine() {
        assertEquals("[{\"debut\":\"2024-01-01\",\"montant\":151.05,\"prestation\":\"AF\"},{\"debut\":\"2022-03-01\",\"fin\":\"2023-12-31\",\"montant\":245.00,\"prestation\":\"APL\"}]", JSONB.toJson(List.of(
                new Droit(Prestation.AF, new BigDecimal("151.05"), LocalDate.of(2024, 1, 1), null),
                new Droit(Prestation.APL, new BigDecimal("245.00"), LocalDate.of(2022, 3, 1), LocalDate.of(2023, 12, 31)))));
    }

    @Test
    void ressource() {
        assertEquals("{\"annee\":2024,\"montant\":21000.50,\"nature\":\"Salaires\",\"personne\":\"CONJOINT\"}", JSONB.toJson(new Ressource(2024, "CONJOINT", "Salaires", new BigDecimal("21000.50"))));
    }

    @Test
    void creanceAvecEtSansRetenue() {
        assertEquals("[{\"date\":\"2025-02-14\",\"montantInitial\":300.00,\"nature\":\"Indu APL\",\"resteDu\":120.00,\"retenueMensuelle\":30.00},{\"date\":\"2025-06-01\",\"montantInitial\":80.00,\"nature\":\"Indu AF\",\"resteDu\":80.00}]", JSONB.toJson(List.of(
                new Creance("Indu APL", LocalDate.of(2025, 2, 14), new BigDecimal("300.00"), new BigDecimal("120.00"), new BigDecimal("30.00")),
                new Creance("Indu AF", LocalDate.of(2025, 6, 1), new BigDecimal("80.00"), new BigDecimal("80.00"), null))));
    }

    @Test
    void personne() {
        assertEquals("{\"dateNaissance\":\"2015-09-30\",\"nom\":\"MARTIN\",\"prenom\":\"Léa\",\"role\":\"ENFANT\",\"sexe\":\"F\"}", JSONB.toJson(new Personne("ENFANT", "MARTIN", "Léa", "F", LocalDate.of(2015, 9, 30))));
    }

    @Test
    void paiementEtSesLignes() {
        assertEquals("[{\"date\":\"2025-11-05\",\"detail\":\"AF=151.05;APL=245.00;RETENUE=-30.00;XYZ=0\",\"lignes\":[{\"code\":\"AF\",\"libelle\":\"Allocations familiales\",\"montant\":151.05},{\"code\":\"APL\",\"libelle\":\"Aide personnalisée au logement\",\"montant\":245.00},{\"code\":\"RETENUE\",\"libelle\":\"Retenue pour remboursement d'une créance\",\"montant\":-30.00},{\"code\":\"XYZ\",\"libelle\":\"XYZ\",\"montant\":0}],\"montant\":366.05},{\"date\":\"2025-10-05\",\"lignes\":[],\"montant\":0}]", JSONB.toJson(List.of(
                new Paiement(LocalDate.of(2025, 11, 5), new BigDecimal("366.05"), "AF=151.05;APL=245.00;RETENUE=-30.00;XYZ=0"),
                new Paiement(LocalDate.of(2025, 10, 5), new BigDecimal("0"), null))));
    }

    @Test
    void lignePaiement() {
        assertEquals("{\"code\":\"AF\",\"libelle\":\"Allocations familiales\",\"montant\":151.05}", JSONB.toJson(new LignePaiement("AF", "Allocations familiales", new BigDecimal("151.05"))));
    }

    @Test
    void dossierAllocataire() {
        assertEquals("{\"adresse\":{\"codePostal\":\"69003\",\"commune\":\"LYON\",\"ligne\":\"3 rue des Lilas\"},\"codeCaf\":\"123\",\"identite\":{\"activite\":\"Salariée\",\"civilite\":\"Mme\",\"dateAffiliation\":\"2010-01-01\",\"dateNaissance\":\"1988-04-02\",\"nom\":\"MARTIN\",\"prenom\":\"Julie\",\"situationFamiliale\":\"Mariée\"},\"logement\":{\"bailleur\":\"Office HLM\",\"charges\":60.00,\"depuis\":\"2019-07-01\",\"loyer\":540.00,\"pieces\":4,\"statut\":\"LOCATAIRE\"},\"numero\":\"0001234\",\"quotientFamilial\":{\"connu\":true,\"libelle\":\"712 €\",\"mois\":\"2025-11-01\",\"valeur\":712},\"revenusAnnee\":2024}", JSONB.toJson(new DossierAllocataire("123", "0001234",
                new IdentiteAllocataire("Mme", "MARTIN", "Julie", LocalDate.of(1988, 4, 2), "Mariée", "Salariée", LocalDate.of(2010, 1, 1)),
                new Adresse("3 rue des Lilas", "69003", "LYON"),
                new Logement("LOCATAIRE", "Office HLM", new BigDecimal("540.00"), new BigDecimal("60.00"), 4, LocalDate.of(2019, 7, 1)),
                2024, new QuotientFamilial(712, LocalDate.of(2025, 11, 1)))));
    }

    @Test
    void ficheDeSyntheseCommeLaRendLApi() {
        assertEquals("{\"consultation\":{\"codeCaf\":\"123\",\"numero\":\"0001234\",\"profil\":\"T1\",\"reference\":\"123/0001234\",\"sections\":[\"DROITS\",\"PAIEMENT\"]},\"dernierPaiement\":{\"date\":\"2025-11-05\",\"detail\":\"AF=151.05;APL=245.00\",\"lignes\":[{\"code\":\"AF\",\"libelle\":\"Allocations familiales\",\"montant\":151.05},{\"code\":\"APL\",\"libelle\":\"Aide personnalisée au logement\",\"montant\":245.00}],\"montant\":396.05},\"nombreDroits\":2,\"totalDroits\":396.05}", JSONB.toJson(new FicheSynthese(
                new Consultation("123", "0001234", "T1", null, List.of(SectionDossier.DROITS, SectionDossier.PAIEMENT)),
                null, null, null, new BigDecimal("396.05"), 2, null,
                new Paiement(LocalDate.of(2025, 11, 5), new BigDecimal("396.05"), "AF=151.05;APL=245.00"),
                null, null)));
    }

    @Test
    void periodesRsaEnCoursEtTerminee() {
        assertEquals("[{\"debut\":\"2025-03-01\",\"enCours\":true,\"montantMensuel\":607.75},{\"debut\":\"2021-01-01\",\"enCours\":false,\"fin\":\"2022-06-30\",\"montantMensuel\":565.34}]", JSONB.toJson(List.of(
                new PeriodeRsa(LocalDate.of(2025, 3, 1), null, new BigDecimal("607.75")),
                new PeriodeRsa(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30), new BigDecimal("565.34")))));
    }

    @Test
    void courrier() {
        assertEquals("{\"date\":\"2025-10-02\",\"objet\":\"Notification de droits\"}", JSONB.toJson(new Courrier(LocalDate.of(2025, 10, 2), "Notification de droits")));
    }

    @Test
    void ressourcesVueEtQuotientInconnu() {
        assertEquals("{\"annee\":2024,\"lignes\":[{\"annee\":2024,\"montant\":18000,\"nature\":\"Salaires\",\"personne\":\"ALLOCATAIRE\"}],\"qfSeulement\":false,\"quotientFamilial\":{\"connu\":false,\"libelle\":\"non connu\",\"mois\":\"2025-11-01\"}}", JSONB.toJson(new RessourcesVue(new QuotientFamilial(null, LocalDate.of(2025, 11, 1)), 2024,
                List.of(new Ressource(2024, "ALLOCATAIRE", "Salaires", new BigDecimal("18000"))), false)));
    }

    @Test
    void consultationDUnInstructeur() {
        assertEquals("{\"codeCaf\":\"123\",\"numero\":\"0001234\",\"numeroInstructeur\":\"INS-42\",\"profil\":\"T4\",\"reference\":\"123/0001234\",\"sections\":[\"RSA\"]}", JSONB.toJson(new Consultation("123", "0001234", "T4", "INS-42", List.of(SectionDossier.RSA))));
    }
}

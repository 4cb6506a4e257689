package org.eden.portail.tableaudebord;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JSON the API writes of a table's rows and cells, pinned to the letter (see
 * {@code cdap.JsonDesValeursCdapTest}): whether a cell is in euros only shapes its text and is
 * not written; a secret cell has no value.
 */
class JsonDesValeursTdbTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void fermer() throws Exception {
        JSONB.close();
    }

    @Test
    void celluleEnEurosNombreEtSecret() {
        assertEquals("[{\"indicateur\":\"MONTANT\",\"secret\":false,\"texte\":\"519,94\u00a0€\",\"valeur\":519.94},{\"indicateur\":\"FOYERS\",\"secret\":false,\"texte\":\"1\u00a0845\u00a0312\",\"valeur\":1845312},{\"indicateur\":\"FOYERS\",\"secret\":true,\"texte\":\"secret statistique\"},{\"indicateur\":\"VIDE\",\"secret\":false,\"texte\":\"\"}]", JSONB.toJson(List.of(
                new CelluleTdb("MONTANT", new BigDecimal("519.94"), false, true),
                new CelluleTdb("FOYERS", new BigDecimal("1845312"), false, false),
                new CelluleTdb("FOYERS", new BigDecimal("7"), true, false),
                new CelluleTdb("VIDE", null, false, false))));
    }

    @Test
    void ligne() {
        assertEquals("{\"cellules\":[{\"indicateur\":\"FOYERS\",\"secret\":false,\"texte\":\"12\",\"valeur\":12}],\"code\":\"691\",\"libelle\":\"Caf du Rhône\"}", JSONB.toJson(new LigneTdb("691", "Caf du Rhône",
                List.of(new CelluleTdb("FOYERS", new BigDecimal("12"), false, false)))));
    }

    @Test
    void tableauDepartementalAvecSonTotal() {
        LigneTdb ligne = new LigneTdb("69", "Rhône", List.of(new CelluleTdb("MOYEN_RSA", new BigDecimal("519.94"), false, true)));
        LigneTdb total = new LigneTdb("FR", "France", List.of(new CelluleTdb("MOYEN_RSA", new BigDecimal("540.10"), false, true)));
        assertEquals("{\"indicateurs\":[{\"code\":\"MOYEN_RSA\",\"libelle\":\"Montant moyen du RSA par foyer (€)\",\"nature\":\"MOYENNE\"},{\"code\":\"MOYEN_RSA_AVEC_ENFANTS\",\"libelle\":\"Montant moyen, foyers avec enfant(s) (€)\",\"nature\":\"MOYENNE\"}],\"lignes\":[{\"cellules\":[{\"indicateur\":\"MOYEN_RSA\",\"secret\":false,\"texte\":\"519,94\u00a0€\",\"valeur\":519.94}],\"code\":\"69\",\"libelle\":\"Rhône\"}],\"millesime\":\"FR2\",\"mois\":\"2025-10\",\"niveau\":\"DEPARTEMENT\",\"regime\":\"CNAF\",\"resume\":\"Montant moyen : 519,94 €.\",\"seuilSecret\":5,\"statut\":\"ENSEMBLE\",\"theme\":\"MONTANTS_MOYENS\",\"themeLibelle\":\"Montants moyens\",\"total\":{\"cellules\":[{\"indicateur\":\"MOYEN_RSA\",\"secret\":false,\"texte\":\"540,10\u00a0€\",\"valeur\":540.10}],\"code\":\"FR\",\"libelle\":\"France\"}}", JSONB.toJson(new TableauTdb("FR2", "2025-10", Theme.MONTANTS_MOYENS, Niveau.DEPARTEMENT, Regime.CNAF,
                Statut.ENSEMBLE, List.of(ligne), total, null, "Montant moyen : 519,94 €.", 5)));
    }

    @Test
    void tableauRefuse() {
        assertEquals("{\"indicateurs\":[{\"code\":\"MONTANT_VERSE\",\"libelle\":\"Montant versé au titre du RSA (€)\",\"nature\":\"MONTANT\"},{\"code\":\"INDUS\",\"libelle\":\"Indus constatés (€)\",\"nature\":\"MONTANT\"}],\"lignes\":[],\"millesime\":\"FR6\",\"mois\":\"2025-09\",\"motif\":\"R-TDB-4 : hors de votre périmètre.\",\"niveau\":\"CAISSE\",\"regime\":\"MSA\",\"seuilSecret\":11,\"statut\":\"EXPLOITANT\",\"theme\":\"FINANCIER\",\"themeLibelle\":\"Financier\"}", JSONB.toJson(new TableauTdb("FR6", "2025-09", Theme.FINANCIER, Niveau.CAISSE, Regime.MSA,
                Statut.EXPLOITANT, List.of(), null, "R-TDB-4 : hors de votre périmètre.", null, 11)));
    }

    @Test
    void comparaisonDeTroisMillesimes() {
        List<Double> revisions = new java.util.ArrayList<>();
        revisions.add(1.25);
        revisions.add(null);
        LigneComparaison nationale = new LigneComparaison("FR", "France", List.of(
                new CelluleTdb("FOYERS", new BigDecimal("1000"), false, false),
                new CelluleTdb("FOYERS", new BigDecimal("1012.5"), false, false),
                new CelluleTdb("FOYERS", new BigDecimal("3"), true, false)), revisions);
        LigneComparaison rhone = new LigneComparaison("69", "Rhône", List.of(
                new CelluleTdb("FOYERS", new BigDecimal("100"), false, false),
                new CelluleTdb("FOYERS", new BigDecimal("90"), false, false),
                new CelluleTdb("FOYERS", new BigDecimal("95"), false, false)), List.of(-10.0, 5.5555));
        assertEquals("{\"indicateur\":\"FOYERS\",\"indicateurLibelle\":\"Foyers allocataires du RSA\",\"lignes\":[{\"code\":\"FR\",\"libelle\":\"France\",\"revisions\":[1.25,null],\"valeurs\":[{\"indicateur\":\"FOYERS\",\"secret\":false,\"texte\":\"1\u00a0000\",\"valeur\":1000},{\"indicateur\":\"FOYERS\",\"secret\":false,\"texte\":\"1\u00a0012\",\"valeur\":1012.5},{\"indicateur\":\"FOYERS\",\"secret\":true,\"texte\":\"secret statistique\"}]},{\"code\":\"69\",\"libelle\":\"Rhône\",\"revisions\":[-10.0,5.5555],\"valeurs\":[{\"indicateur\":\"FOYERS\",\"secret\":false,\"texte\":\"100\",\"valeur\":100},{\"indicateur\":\"FOYERS\",\"secret\":false,\"texte\":\"90\",\"valeur\":90},{\"indicateur\":\"FOYERS\",\"secret\":false,\"texte\":\"95\",\"valeur\":95}]}],\"millesimes\":[\"FR1\",\"FR2\",\"FR6\"],\"mois\":\"2025-10\",\"niveau\":\"NATIONAL\",\"regime\":\"CNAF\",\"resume\":\"Foyers allocataires du RSA, octobre 2025, 3 millésimes comparés : France, FR1 1\u00a0000, FR2 1\u00a0012 (+1,25\u00a0%), FR6 secret statistique. 2 lignes ; la plus forte révision : Rhône, -10,00\u00a0% de FR1 à FR2. 1 valeur est couverte par le secret statistique, sans révision.\",\"statut\":\"ENSEMBLE\",\"theme\":\"PERSONNES_COUVERTES\"}", JSONB.toJson(new ComparaisonTdb("2025-10", Theme.PERSONNES_COUVERTES, Theme.PERSONNES_COUVERTES.getIndicateurs().get(0),
                Niveau.NATIONAL, Regime.CNAF, Statut.ENSEMBLE, List.of("FR1", "FR2", "FR6"), List.of(nationale, rhone), null)));
    }

    @Test
    void comparaisonRefusee() {
        assertEquals("{\"indicateur\":\"MONTANT_VERSE\",\"indicateurLibelle\":\"Montant versé au titre du RSA (€)\",\"lignes\":[],\"millesimes\":[],\"mois\":\"2025-10\",\"motif\":\"R-TDB-4 : refusé.\",\"niveau\":\"CAISSE\",\"regime\":\"CNAF\",\"resume\":\"R-TDB-4 : refusé.\",\"statut\":\"ENSEMBLE\",\"theme\":\"FINANCIER\"}", JSONB.toJson(new ComparaisonTdb("2025-10", Theme.FINANCIER, Theme.FINANCIER.getIndicateurs().get(0),
                Niveau.CAISSE, Regime.CNAF, Statut.ENSEMBLE, List.of(), List.of(), "R-TDB-4 : refusé.")));
    }
}

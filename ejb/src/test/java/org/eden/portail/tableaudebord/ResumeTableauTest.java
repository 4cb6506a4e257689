package org.eden.portail.tableaudebord;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text beside a table's chart, which a screen reader reads instead of the chart. */
class ResumeTableauTest {

    @Test
    @DisplayName("R-TDB-3 : le résumé d'un tableau cite le total, la plus forte ligne et le secret ; les sigles y restent en capitales")
    void resumeDUnTableauDepartemental() {
        DemandeTableau demande = new DemandeTableau(Millesime.FR2, YearMonth.of(2024, 3), Theme.PERSONNES_COUVERTES, Niveau.DEPARTEMENT,
                Regime.MSA, Statut.EXPLOITANT);
        List<LigneTdb> lignes = List.of(ligne("27", "27 – Eure", "187", false), ligne("76", "76 – Seine-Maritime", "412", false),
                ligne("61", "61 – Orne", "3", true));

        assertEquals("Personnes couvertes, FR2 semi-définitif de mars 2024, MSA (exploitants agricoles) : foyers allocataires du RSA, "
                        + "France entière : 11\u00a0873. 3 lignes au niveau collectivité territoriale ; la plus forte : 76 – Seine-Maritime (412). "
                        + "1 valeur est couverte par le secret statistique (moins de " + SecretStatistique.seuil() + " foyers, ou déductible d'un total).",
                TableauDeBordService.resume(demande, lignes, ligne("FR", "France entière", "11873", false)));
    }

    private static LigneTdb ligne(String code, String libelle, String foyers, boolean secret) {
        return new LigneTdb(code, libelle, List.of(new CelluleTdb("FOYERS", new BigDecimal(foyers), secret, false)));
    }
}

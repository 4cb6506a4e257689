package org.eden.portail.tableaudebord;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CelluleTdbTest {

    @Test
    @DisplayName("R-TDB-3 : un chiffre s'écrit à la française — milliers séparés d'une espace insécable, virgule, centimes s'il y en a")
    void commeOnLeLit() {
        assertEquals("1\u00a0845\u00a0312", cellule("1845312", false).getTexte());
        assertEquals("519,94\u00a0€", cellule("519.94", true).getTexte());
        assertEquals("520\u00a0€", cellule("520.00", true).getTexte());
        assertEquals("12,30\u00a0€", cellule("12.3", true).getTexte());
        assertEquals("1\u00a0000", cellule("1E+3", false).getTexte());
        assertEquals("-4\u00a0200", cellule("-4200", false).getTexte());
        assertEquals("18", cellule("17.5", false).getTexte(), "an effectif is rounded half-even, like the JDK's format");
        assertEquals(SecretStatistique.MENTION, new CelluleTdb("FOYERS", new BigDecimal("3"), true, false).getTexte());
        assertEquals("", new CelluleTdb("FOYERS", null, false, false).getTexte());
    }

    @Test
    @DisplayName("R-TDB-3 : le même texte que le format français du JDK, sur cent mille chiffres tirés au hasard (effectifs et euros)")
    void memeTexteQueLeJdk() {
        SplittableRandom alea = new SplittableRandom(2026);
        for (int i = 0; i < 100_000; i++) {
            long sansVirgule = alea.nextLong(-50_000_000_000L, 50_000_000_000L) / (long) Math.pow(10, alea.nextInt(0, 10));
            BigDecimal valeur = BigDecimal.valueOf(sansVirgule, alea.nextInt(-2, 5));
            for (boolean euros : new boolean[]{false, true}) {
                assertEquals(jdk(valeur, euros), CelluleTdb.enFrancais(valeur, euros), valeur + (euros ? " €" : ""));
            }
        }
    }

    /** What getTexte wrote before, with a NumberFormat per cell. */
    private static String jdk(BigDecimal valeur, boolean euros) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(euros ? 2 : 0);
        format.setMinimumFractionDigits(euros && valeur.scale() > 0 && valeur.stripTrailingZeros().scale() > 0 ? 2 : 0);
        String texte = format.format(valeur).replace('\u202f', '\u00a0');
        // The JDK keeps the sign of a negative that rounds to zero (« -0,00 »): a figure of minus nothing means nothing.
        return texte.matches("-[0,]+") ? texte.substring(1) : texte;
    }

    private static CelluleTdb cellule(String valeur, boolean euros) {
        return new CelluleTdb("FOYERS", new BigDecimal(valeur), false, euros);
    }

    @Test
    @DisplayName("Deux cellules égales ont le même hachage ; l'égalité reste celle de toutes leurs composantes")
    void egaliteEtHachage() {
        CelluleTdb cellule = cellule("519.94", true);
        assertEquals(cellule, cellule("519.94", true));
        assertEquals(cellule.hashCode(), cellule("519.94", true).hashCode());
        assertNotEquals(cellule, cellule("519.95", true));
        assertNotEquals(cellule, cellule("519.94", false));
        assertEquals(new CelluleTdb("FOYERS", new BigDecimal("3"), true, false), new CelluleTdb("FOYERS", new BigDecimal("4"), true, false),
                "a secret cell keeps no value");
    }
}

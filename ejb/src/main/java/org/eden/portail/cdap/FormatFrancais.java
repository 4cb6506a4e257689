package org.eden.portail.cdap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts and dates as French readers expect them: {@code 1 234,56 €}, {@code 24/11/2026},
 * {@code 24 novembre 2026}. The separators are no-break spaces (U+00A0), which the PDF's standard
 * fonts can draw too (unlike the U+202F that Java's French locale uses).
 */
public final class FormatFrancais {

    private static final char ESPACE_INSECABLE = '\u00A0';
    private static final DateTimeFormatter COURTE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter LONGUE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private FormatFrancais() {
    }

    public static String montant(BigDecimal montant) {
        if (montant == null) {
            return "";
        }
        BigDecimal arrondi = montant.setScale(2, RoundingMode.HALF_UP);
        String chiffres = arrondi.abs().toPlainString();
        int virgule = chiffres.indexOf('.');
        String entiers = chiffres.substring(0, virgule);
        StringBuilder groupes = new StringBuilder();
        for (int i = 0; i < entiers.length(); i++) {
            if (i > 0 && (entiers.length() - i) % 3 == 0) {
                groupes.append(ESPACE_INSECABLE);
            }
            groupes.append(entiers.charAt(i));
        }
        return (arrondi.signum() < 0 ? "-" : "") + groupes + "," + chiffres.substring(virgule + 1) + ESPACE_INSECABLE + "€";
    }

    public static String date(LocalDate jour) {
        return jour == null ? "" : COURTE.format(jour);
    }

    public static String dateLongue(LocalDate jour) {
        if (jour == null) {
            return "";
        }
        return jour.getDayOfMonth() == 1 ? "1er " + LONGUE.format(jour).substring(2) : LONGUE.format(jour);
    }

    public static String mois(YearMonth mois) {
        return mois == null ? "" : MOIS.format(mois);
    }
}

package org.eden.portail.tableaudebord;

import java.time.YearMonth;

/**
 * The vintages of an Elisa month (R-TDB-3): FR1 provisional at M+1, FR2 semi-definitive at about
 * M+2, FR6 definitive at M+6. Each later one revises the figures of the earlier by a few per cent.
 */
public enum Millesime {
    FR1("FR1 provisoire", 1),
    FR2("FR2 semi-définitif", 2),
    FR6("FR6 définitif", 6);

    private final String libelle;
    private final int delaiMois;

    Millesime(String libelle, int delaiMois) {
        this.libelle = libelle;
        this.delaiMois = delaiMois;
    }

    public String getLibelle() {
        return libelle;
    }

    /** How many months after the month the vintage comes out. */
    public int getDelaiMois() {
        return delaiMois;
    }

    /** Whether the vintage of {@code mois} is out in month {@code courant}. */
    public boolean paruEn(YearMonth mois, YearMonth courant) {
        return !mois.plusMonths(delaiMois).isAfter(courant);
    }
}

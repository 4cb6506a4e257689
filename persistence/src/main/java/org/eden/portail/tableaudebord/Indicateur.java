package org.eden.portail.tableaudebord;

/**
 * One column of a theme's table.
 * A part ({@code partieDe}) belongs to a partition of its total; a « dont » that is only a subset
 * is an indicator of its own.
 *
 * @param code     its code in the files and the API, e.g. {@code FOYERS}
 * @param partieDe the code of the indicator of the same theme it is a part of ({@code null} if
 *                 none): the parts of a total add up to it, in each row (R-TDB-6, R-TDB-5)
 */
public record Indicateur(String code, String libelle, Nature nature, String partieDe) {

    public static Indicateur effectif(String code, String libelle) {
        return new Indicateur(code, libelle, Nature.EFFECTIF, null);
    }

    public static Indicateur partie(String code, String libelle, String total) {
        return new Indicateur(code, libelle, Nature.EFFECTIF, total);
    }
}

package org.eden.portail.tableaudebord;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One figure as it is shown: its value, or nothing and the mention « secret statistique »
 * (R-TDB-5) — a secret value never leaves the service.
 */
public record CelluleTdb(String indicateur, BigDecimal valeur, boolean secret, @JsonbTransient boolean euros)
        implements Serializable {

    /**
     * @param valeur null when secret: dropped here, whatever the caller passes
     * @param euros  shapes the text only: the API's JSON does not carry it (hence transient)
     */
    public CelluleTdb {
        valeur = secret ? null : valeur;
    }

    /**
     * The indicator and the secrecy only, which equal cells share: a valid hash, and a cheap one.
     * JSON-B (Yasson) keeps every object it is writing in a hash set to detect cycles, and a row's
     * hash is its cells': with the record's own hash, a table of a hundred caisses hashed every
     * figure several times — a quarter of the time spent writing its answer.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(indicateur) * 31 + Boolean.hashCode(secret);
    }

    /**
     * As read on the screen and in the exports: {@code 1 845 312}, {@code 519,94 €} or « secret statistique ».
     * Named for the API's JSON, where JSON-B would call a record's method by its full name {@code getTexte}.
     */
    @JsonbProperty("texte")
    public String getTexte() {
        if (secret) {
            return SecretStatistique.MENTION;
        }
        if (valeur == null) {
            return "";
        }
        return enFrancais(valeur, euros) + (euros ? "\u00a0€" : "");
    }

    /**
     * The figure as {@code NumberFormat.getNumberInstance(Locale.FRANCE)} writes it (thousands apart,
     * decimal comma, rounded half-even; euros with two decimals when there are cents, none otherwise),
     * with a plain no-break space between thousands: the narrow one Java writes reads badly in CSV.
     * Written out because a table serialises thousands of cells and building a {@code NumberFormat}
     * for each was a quarter of the API's processor time.
     */
    static String enFrancais(BigDecimal valeur, boolean euros) {
        int decimales = euros && valeur.scale() > 0 && valeur.stripTrailingZeros().scale() > 0 ? 2 : 0;
        BigDecimal arrondi = valeur.setScale(decimales, RoundingMode.HALF_EVEN);
        String chiffres = arrondi.abs().toPlainString();
        int virgule = chiffres.indexOf('.');
        int finEntier = virgule < 0 ? chiffres.length() : virgule;
        StringBuilder texte = new StringBuilder(chiffres.length() + 8);
        if (arrondi.signum() < 0) {
            texte.append('-');
        }
        for (int i = 0; i < finEntier; i++) {
            if (i > 0 && (finEntier - i) % 3 == 0) {
                texte.append('\u00a0');
            }
            texte.append(chiffres.charAt(i));
        }
        if (virgule >= 0) {
            texte.append(',').append(chiffres, virgule + 1, chiffres.length());
        }
        return texte.toString();
    }
}

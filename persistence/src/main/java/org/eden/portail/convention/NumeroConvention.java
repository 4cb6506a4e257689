package org.eden.portail.convention;

import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;

/** A convention's number, {@code 2017-187}: the year, then its rank among the Caf's conventions of that year. */
public record NumeroConvention(int annee, int rang) implements Serializable {

    public NumeroConvention {
        if (annee < 2000 || annee > 9999 || rang < 1) {
            throw new RegleMetierException("R-CONV-3", "Numéro de convention invalide : " + annee + "-" + rang + ".");
        }
    }

    public static NumeroConvention lire(String texte) {
        if (texte == null || !texte.replace(" ", "").matches("\\d{4}-\\d{3,}")) {
            throw new RegleMetierException("R-CONV-3", "Un numéro de convention s'écrit AAAA-NNN : " + texte + ".");
        }
        String[] parties = texte.replace(" ", "").split("-");
        return new NumeroConvention(Integer.parseInt(parties[0]), Integer.parseInt(parties[1]));
    }

    @Override
    public String toString() {
        return annee + "-" + String.format("%03d", rang);
    }
}

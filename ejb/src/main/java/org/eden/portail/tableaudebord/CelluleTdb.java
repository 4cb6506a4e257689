package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One figure as it is shown: its value, or nothing and the mention « secret statistique »
 * (R-TDB-5) — a secret value never leaves the service.
 */
public final class CelluleTdb implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String indicateur;
    private final BigDecimal valeur;
    private final boolean secret;
    private final boolean euros;

    public CelluleTdb(String indicateur, BigDecimal valeur, boolean secret, boolean euros) {
        this.indicateur = indicateur;
        this.valeur = secret ? null : valeur;
        this.secret = secret;
        this.euros = euros;
    }

    public String getIndicateur() {
        return indicateur;
    }

    /** Null when secret. */
    public BigDecimal getValeur() {
        return valeur;
    }

    public boolean isSecret() {
        return secret;
    }

    /** As read on the screen and in the exports: {@code 1 845 312}, {@code 519,94 €} or « secret statistique ». */
    public String getTexte() {
        if (secret) {
            return SecretStatistique.MENTION;
        }
        if (valeur == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(euros ? 2 : 0);
        format.setMinimumFractionDigits(euros && valeur.scale() > 0 && valeur.stripTrailingZeros().scale() > 0 ? 2 : 0);
        // The narrow no-break space Java writes for thousands reads badly in CSV; a plain no-break space.
        return format.format(valeur).replace('\u202f', '\u00a0') + (euros ? "\u00a0€" : "");
    }
}

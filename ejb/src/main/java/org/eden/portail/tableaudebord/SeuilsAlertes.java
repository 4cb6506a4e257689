package org.eden.portail.tableaudebord;

import java.io.Serializable;

/**
 * R-TDB-7: a Caf's thresholds: files a day per user, and how many times the organisation's usual
 * day. The defaults hold until the Caf sets its own.
 */
public record SeuilsAlertes(String codeCaf, int dossiersParJour, int facteurUsuel, boolean parDefaut) implements Serializable {

    public static final int DOSSIERS_PAR_JOUR = 50;
    public static final int FACTEUR_USUEL = 5;

    static SeuilsAlertes parDefaut(String codeCaf) {
        return new SeuilsAlertes(codeCaf, DOSSIERS_PAR_JOUR, FACTEUR_USUEL, true);
    }

    public int getDossiersParJour() {
        return dossiersParJour;
    }

    public int getFacteurUsuel() {
        return facteurUsuel;
    }

    public boolean isParDefaut() {
        return parDefaut;
    }
}

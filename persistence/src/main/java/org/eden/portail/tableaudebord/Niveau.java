package org.eden.portail.tableaudebord;

/** The three levels of an Elisa table (R-TDB-3). */
public enum Niveau {
    CAISSE("Caisse"),
    DEPARTEMENT("Collectivité territoriale"),
    NATIONAL("National");

    /** The code of the one national row. */
    public static final String CODE_NATIONAL = "FR";

    private final String libelle;

    Niveau(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

package org.eden.portail.tableaudebord;

/** The paying régime (R-TDB-3): the Cafs (CNAF) or the MSA caisses (farm workers and farmers). */
public enum Regime {
    CNAF("CNAF (Caf)"),
    MSA("MSA");

    private final String libelle;

    Regime(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

package org.eden.portail.tableaudebord;

/**
 * The MSA's split of its households (R-TDB-3): salariés and exploitants agricoles, and both.
 * CNAF figures are all {@link #ENSEMBLE}.
 */
public enum Statut {
    ENSEMBLE("Ensemble"),
    SALARIE("Salariés agricoles"),
    EXPLOITANT("Exploitants agricoles");

    private final String libelle;

    Statut(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

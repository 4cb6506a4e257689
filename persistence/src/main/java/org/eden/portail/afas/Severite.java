package org.eden.portail.afas;

/** R-AFAS-4: a blocking control prevents the approval; a warning needs a written justification. */
public enum Severite {
    BLOQUANT("Bloquant"),
    AVERTISSEMENT("Avertissement");

    private final String libelle;

    Severite(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

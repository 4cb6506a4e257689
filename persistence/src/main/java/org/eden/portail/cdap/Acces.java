package org.eden.portail.cdap;

/** R-CDAP-7: what a profile sees of one section. */
public enum Acces {
    /** The whole section. */
    COMPLET("Oui"),
    /** Ressources only: the quotient familial, not the declared income. */
    QF_SEUL("QF seulement"),
    AUCUN("Non");

    private final String libelle;

    Acces(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }

    public boolean ouvre() {
        return this != AUCUN;
    }
}

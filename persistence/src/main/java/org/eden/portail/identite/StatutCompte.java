package org.eden.portail.identite;

/** Where an account stands in its life. */
public enum StatutCompte {
    /** Created with a provisional password that the user has not yet replaced. */
    PROVISOIRE("Provisoire"),
    ACTIF("Actif"),
    /** Suspended by a manager or the Caf: no login until reactivated. */
    SUSPENDU("Suspendu");

    private final String libelle;

    StatutCompte(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

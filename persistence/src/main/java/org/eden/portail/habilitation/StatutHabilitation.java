package org.eden.portail.habilitation;

/** Where a habilitation stands (R-HAB-6, R-TRACE-3). */
public enum StatutHabilitation {
    ACTIVE("Active"),
    /** Stopped with a reason by a manager or the Caf; still counts in its quota; can be reactivated. */
    SUSPENDUE("Suspendue"),
    /** Ended (the user left the groups carrying it, or the convention closed); kept six years. */
    DEVALIDEE("Dévalidée");

    private final String libelle;

    StatutHabilitation(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

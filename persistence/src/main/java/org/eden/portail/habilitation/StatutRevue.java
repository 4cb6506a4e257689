package org.eden.portail.habilitation;

/** R-HAB-8: where a partner stands in the year's review. "Non commencée" has no row. */
public enum StatutRevue {
    NON_COMMENCEE("Non commencée"),
    EN_COURS("En cours"),
    TERMINEE("Terminée");

    private final String libelle;

    StatutRevue(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

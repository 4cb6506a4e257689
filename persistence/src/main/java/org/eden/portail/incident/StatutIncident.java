package org.eden.portail.incident;

/** Where an incident stands at the Caf's service desk (R-INC-1). */
public enum StatutIncident {
    OUVERT("Ouvert"),
    EN_COURS("En cours de traitement"),
    RESOLU("Résolu");

    private final String libelle;

    StatutIncident(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

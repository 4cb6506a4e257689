package org.eden.portail.identite;

/**
 * The roles of Caf and Cnaf staff in the back office (specification §2). Partner users hold none:
 * their rights come from their habilitations.
 */
public enum RoleCaf {
    ADMINISTRATEUR_CAF("Administrateur Caf"),
    VERIFICATEUR_CAF("Vérificateur Caf"),
    SUPERVISEUR_CAF("Superviseur Caf"),
    AGENT_CNAF("Agent Cnaf"),
    /** The Caf's instruction of the AFAS declarations (receives, sends back, validates; runs the campaigns). */
    GESTIONNAIRE_AFAS("Gestionnaire AFAS");

    private final String libelle;

    RoleCaf(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

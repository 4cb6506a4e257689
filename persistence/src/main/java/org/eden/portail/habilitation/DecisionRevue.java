package org.eden.portail.habilitation;

/** R-HAB-8: what the administrateur decides for one habilitation in the review. */
public enum DecisionRevue {
    CONSERVER("Conservée"),
    RETIRER("Retirée");

    private final String libelle;

    DecisionRevue(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

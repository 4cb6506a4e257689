package org.eden.portail.trace;

/** The columns the reading screen sorts on, each done by the database (never in memory). */
public enum TriTraces {
    HORODATAGE("horodatage"),
    IDENTIFIANT("identifiant"),
    ACTION("action"),
    CIBLE("cible_type"),
    RESULTAT("resultat");

    private final String colonne;

    TriTraces(String colonne) {
        this.colonne = colonne;
    }

    String colonne() {
        return colonne;
    }
}

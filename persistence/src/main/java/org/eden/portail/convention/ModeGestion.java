package org.eden.portail.convention;

/** R-CONV-6: who manages the partner's habilitations, for all its services. */
public enum ModeGestion {
    /** The partner's administrateur and responsables manage them. */
    DELEGUE("Délégué"),
    /** The Caf manages them for the partner. */
    CENTRALISE("Centralisé");

    private final String libelle;

    ModeGestion(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }

    public ModeGestion autre() {
        return this == DELEGUE ? CENTRALISE : DELEGUE;
    }
}

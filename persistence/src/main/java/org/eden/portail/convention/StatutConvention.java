package org.eden.portail.convention;

/** R-CONV-3: the life of a convention, from its recording to its closure. */
public enum StatutConvention {
    BROUILLON("Brouillon"),
    A_VERIFIER("À vérifier"),
    VALIDEE("Validée"),
    ACTIVE("Active"),
    SUSPENDUE("Suspendue"),
    CLOTUREE("Clôturée");

    private final String libelle;

    StatutConvention(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }

    /**
     * R-CONV-2: the states in which the convention is "the" convention of its partner. A suspended
     * one still is: reactivating it must not find another one in its place.
     */
    public boolean occupeLePartenaire() {
        return this == ACTIVE || this == SUSPENDUE;
    }
}

package org.eden.portail.afas;

/** R-AFAS-1: the kinds of funded facilities, ALSH first, then EAJE. */
public enum TypeEquipement {
    ALSH("Accueil de loisirs sans hébergement"),
    EAJE("Établissement d'accueil du jeune enfant");

    private final String libelle;

    TypeEquipement(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

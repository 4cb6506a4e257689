package org.eden.portail.shared;

/** The kinds of partner organisations a Caf signs conventions with. */
public enum TypeOrganisme {
    COMMUNE("Commune"),
    CONSEIL_DEPARTEMENTAL("Conseil départemental"),
    CCAS_CIAS("CCAS / CIAS"),
    ASSOCIATION("Association"),
    BAILLEUR("Bailleur"),
    MSA("MSA"),
    MINISTERE("Ministère"),
    AUTRE("Autre");

    private final String libelle;

    TypeOrganisme(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

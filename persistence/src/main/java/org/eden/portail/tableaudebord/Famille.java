package org.eden.portail.tableaudebord;

/**
 * The two dashboards of Elisa: the RSA's own themes, and the prestations légales, which the
 * R-TDB-4 table opens to the Caf and Cnaf agents only.
 */
public enum Famille {
    RSA("Elisa – RSA"),
    PRESTATIONS_LEGALES("Prestations légales");

    private final String libelle;

    Famille(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}

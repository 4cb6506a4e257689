package org.eden.portail.afas;

/** R-AFAS-3: the two parts of a declaration, each written by its own providers. */
public enum Partie {
    ACTIVITE("Activité", RoleAfas.FOURNISSEUR_ACTIVITE),
    FINANCES("Données financières", RoleAfas.FOURNISSEUR_FINANCIER);

    private final String libelle;
    private final RoleAfas fournisseur;

    Partie(String libelle, RoleAfas fournisseur) {
        this.libelle = libelle;
        this.fournisseur = fournisseur;
    }

    public String getLibelle() {
        return libelle;
    }

    /** R-AFAS-3: the only role that writes this part. */
    public RoleAfas getFournisseur() {
        return fournisseur;
    }
}

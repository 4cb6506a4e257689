package org.eden.portail.afas;

/** R-AFAS-3: the two parts of a declaration, each written by its own providers. */
public enum Partie {
    ACTIVITE("Activité", "activité", RoleAfas.FOURNISSEUR_ACTIVITE),
    FINANCES("Données financières", "financière", RoleAfas.FOURNISSEUR_FINANCIER);

    private final String libelle;
    /** As a person names it after « partie » : « partie financière ». */
    private final String qualificatif;
    private final RoleAfas fournisseur;

    Partie(String libelle, String qualificatif, RoleAfas fournisseur) {
        this.libelle = libelle;
        this.qualificatif = qualificatif;
        this.fournisseur = fournisseur;
    }

    public String getQualificatif() {
        return qualificatif;
    }

    public String getLibelle() {
        return libelle;
    }

    /** R-AFAS-3: the only role that writes this part. */
    public RoleAfas getFournisseur() {
        return fournisseur;
    }
}

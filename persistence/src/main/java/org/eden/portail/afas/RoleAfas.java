package org.eden.portail.afas;

import org.eden.portail.habilitation.ReglesHabilitation;

/**
 * The three AFAS roles of the catalogue (profiles of the AFAS bulletin) as an équipement uses
 * them. Their ceilings per équipement are those of R-HAB-4, taken from the one place that states
 * them ({@link ReglesHabilitation#PLAFONDS_AFAS}).
 */
public enum RoleAfas {
    FOURNISSEUR_ACTIVITE("Fournisseur de données d'activité"),
    FOURNISSEUR_FINANCIER("Fournisseur de données financières"),
    APPROBATEUR("Approbateur");

    private final String libelle;

    RoleAfas(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }

    /** R-HAB-4: at most 2 providers of each kind, exactly one approver. */
    public int plafond() {
        return ReglesHabilitation.PLAFONDS_AFAS.get(name());
    }

    /** The Shiro permission the AFAS context grants to a holder of the role (PermissionsAfas): {@code afas:approbateur}. */
    public String permission() {
        return "afas:" + name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.eden.portail.tableaudebord;

import java.util.Locale;

/**
 * The six profiles of the Tableau de bord bulletin (R-TDB-4), as the catalogue codes them
 * (migration V5). Each is a Shiro permission {@code tdb:<profil>}.
 */
public enum ProfilTdb {
    AGENT_CAF("Agent CAF"),
    AGENT_CNAF("Agent CNAF"),
    AGENT_CONSEIL_DEPARTEMENTAL("Agent conseil départemental"),
    AGENT_PARTENAIRE_NATIONAL("Agent partenaire national (ministère)"),
    UTILISATEUR_MSA("Utilisateur MSA"),
    UTILISATEUR_CCMSA("Utilisateur CCMSA");

    private final String libelle;

    ProfilTdb(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }

    public String permission() {
        return PermissionsTableauDeBord.TABLEAU_DE_BORD + ":" + name().toLowerCase(Locale.ROOT);
    }

    /** R-TDB-4: the prestations légales are the Caf's and the Cnaf's agents' only. */
    public boolean voitPrestationsLegales() {
        return this == AGENT_CAF || this == AGENT_CNAF;
    }
}

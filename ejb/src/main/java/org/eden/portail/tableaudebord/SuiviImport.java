package org.eden.portail.tableaudebord;

import java.io.Serializable;

/**
 * How far an import launched from the screen has gone, as the database says at the moment it is
 * read ({@link SuivisImports}): any node shows it, whichever runs the import. The report once done.
 */
public final class SuiviImport implements Serializable {

    private static final long serialVersionUID = 2L;

    /** EN_COURS until the import ends: CHARGE, REFUSE, or INTERROMPU when its node stopped meanwhile. */
    public enum Statut {
        EN_COURS, CHARGE, REFUSE, INTERROMPU
    }

    private final String id;
    private final String fichier;
    private final String lancePar;
    private final Statut statut;
    private final int pourcentage;
    private final String etape;
    private final int lignesLues;
    private final RapportImport rapport;

    SuiviImport(String id, String fichier, String lancePar, Statut statut, int pourcentage, String etape, int lignesLues,
                RapportImport rapport) {
        this.id = id;
        this.fichier = fichier;
        this.lancePar = lancePar;
        this.statut = statut;
        this.pourcentage = pourcentage;
        this.etape = etape;
        this.lignesLues = lignesLues;
        this.rapport = rapport;
    }

    public String getId() {
        return id;
    }

    public String getFichier() {
        return fichier;
    }

    public String getLancePar() {
        return lancePar;
    }

    public Statut getStatut() {
        return statut;
    }

    public int getPourcentage() {
        return pourcentage;
    }

    public String getEtape() {
        return etape;
    }

    public int getLignesLues() {
        return lignesLues;
    }

    /** Null while in progress. */
    public RapportImport getRapport() {
        return rapport;
    }
}

package org.eden.portail.tableaudebord;

import java.io.Serializable;

/**
 * How far an import launched from the screen has gone, read by its progress bar; the report when
 * it is done. Kept in memory by {@link SuivisImports} on the node that runs it.
 */
public final class SuiviImport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String fichier;
    private final String lancePar;
    private volatile int pourcentage;
    private volatile String etape = "En attente";
    private volatile RapportImport rapport;

    SuiviImport(String id, String fichier, String lancePar) {
        this.id = id;
        this.fichier = fichier;
        this.lancePar = lancePar;
    }

    void avancer(int pourcentage, String etape) {
        this.pourcentage = Math.max(this.pourcentage, Math.min(99, pourcentage));
        this.etape = etape;
    }

    void terminer(RapportImport rapport) {
        this.rapport = rapport;
        this.etape = rapport.isCharge() ? "Chargé" : "Refusé";
        this.pourcentage = 100;
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

    public int getPourcentage() {
        return pourcentage;
    }

    public String getEtape() {
        return etape;
    }

    /** Null until done. */
    public RapportImport getRapport() {
        return rapport;
    }
}

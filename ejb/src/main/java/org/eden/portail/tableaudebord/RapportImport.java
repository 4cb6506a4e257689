package org.eden.portail.tableaudebord;

import org.eden.portail.trace.ResultatTrace;
import org.eden.portail.trace.ResultatTracable;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did (R-TDB-6): loaded entirely, or refused with the lines and why — never half.
 */
public final class RapportImport implements Serializable, ResultatTracable {

    private static final long serialVersionUID = 1L;

    private final String fichier;
    private final String millesime;
    private final String mois;
    private final int lignesLues;
    private final int valeursChargees;
    private final List<CoherenceStatistiques.Refus> refus;
    private final int refusNonDetailles;
    private final boolean interrompu;

    public RapportImport(String fichier, Millesime millesime, java.time.YearMonth mois, int lignesLues, int valeursChargees,
                         List<CoherenceStatistiques.Refus> refus, int refusNonDetailles) {
        this.fichier = fichier;
        this.millesime = millesime == null ? null : millesime.name();
        this.mois = mois == null ? null : mois.toString();
        this.lignesLues = lignesLues;
        this.valeursChargees = valeursChargees;
        this.refus = List.copyOf(refus);
        this.refusNonDetailles = refusNonDetailles;
        this.interrompu = false;
    }

    private RapportImport(String fichier, String millesime, String mois, int lignesLues, String motif) {
        this.fichier = fichier;
        this.millesime = millesime;
        this.mois = mois;
        this.lignesLues = lignesLues;
        this.valeursChargees = 0;
        this.refus = List.of(new CoherenceStatistiques.Refus(0, motif));
        this.refusNonDetailles = 0;
        this.interrompu = true;
    }

    /** An import whose node stopped while it ran: its transaction rolled back, nothing of the file is loaded. */
    static RapportImport interrompu(String fichier, String millesime, String mois, int lignesLues) {
        return new RapportImport(fichier, millesime, mois, lignesLues, "Import interrompu par l'arrêt du serveur qui le menait, après "
                + lignesLues + " lignes lues : rien n'a été chargé ; relancez-le.");
    }

    public String getFichier() {
        return fichier;
    }

    public String getMillesime() {
        return millesime;
    }

    public String getMois() {
        return mois;
    }

    public int getLignesLues() {
        return lignesLues;
    }

    /** Zero when refused: nothing of the file is in the store. */
    public int getValeursChargees() {
        return valeursChargees;
    }

    public boolean isCharge() {
        return refus.isEmpty();
    }

    public List<CoherenceStatistiques.Refus> getRefus() {
        return refus;
    }

    /** Refused lines beyond those listed (the list stops at 500). */
    public int getRefusNonDetailles() {
        return refusNonDetailles;
    }

    public boolean isInterrompu() {
        return interrompu;
    }

    public String getConclusion() {
        if (interrompu) {
            return "R-TDB-6 : import interrompu, rien n'a été chargé — " + refus.get(0).motif();
        }
        return isCharge()
                ? valeursChargees + " valeurs chargées : le millésime " + millesime + " de " + mois + " remplace le précédent."
                : "R-TDB-6 : fichier refusé, rien n'a été chargé — " + (refus.size() + refusNonDetailles) + " ligne(s) refusée(s).";
    }

    @Override
    public ResultatTrace resultatTrace() {
        return isCharge() ? ResultatTrace.SUCCES : ResultatTrace.ECHEC;
    }

    @Override
    public String detailTrace() {
        String texte = (millesime == null ? "" : millesime + " " + mois + " ") + (isCharge() ? valeursChargees + " valeurs"
                : "R-TDB-6 " + (refus.size() + refusNonDetailles) + " lignes refusées");
        return texte.length() > 200 ? texte.substring(0, 200) : texte;
    }
}

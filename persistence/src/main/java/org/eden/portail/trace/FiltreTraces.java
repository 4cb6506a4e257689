package org.eden.portail.trace;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a reader asks of the traces (R-TRACE-4): a period, a person, an action, a target, a result.
 * Only narrows: the reader's scope ({@link PorteeLecture}) is added by the service, whatever this
 * filter says. A JavaBean, so that the screen binds it as it is.
 */
public class FiltreTraces implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant du;
    private Instant au;
    private String identifiant;
    private String action;
    private String cibleType;
    private String cibleId;
    private ResultatTrace resultat;

    public FiltreTraces() {
    }

    /** Every trace of one person: the export for a subject access request. */
    public static FiltreTraces deLUtilisateur(String identifiant) {
        FiltreTraces filtre = new FiltreTraces();
        filtre.setIdentifiant(identifiant);
        return filtre;
    }

    /**
     * This filter over the period [du, au[, as a copy: the screen's form keeps editing its own
     * while the table and the export read the one applied.
     */
    public FiltreTraces sur(Instant du, Instant au) {
        FiltreTraces copie = new FiltreTraces();
        copie.du = du;
        copie.au = au;
        copie.identifiant = identifiant;
        copie.action = action;
        copie.cibleType = cibleType;
        copie.cibleId = cibleId;
        copie.resultat = resultat;
        return copie;
    }

    public Instant getDu() {
        return du;
    }

    public void setDu(Instant du) {
        this.du = du;
    }

    public Instant getAu() {
        return au;
    }

    public void setAu(Instant au) {
        this.au = au;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public void setIdentifiant(String identifiant) {
        this.identifiant = identifiant;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getCibleType() {
        return cibleType;
    }

    public void setCibleType(String cibleType) {
        this.cibleType = cibleType;
    }

    public String getCibleId() {
        return cibleId;
    }

    public void setCibleId(String cibleId) {
        this.cibleId = cibleId;
    }

    public ResultatTrace getResultat() {
        return resultat;
    }

    public void setResultat(ResultatTrace resultat) {
        this.resultat = resultat;
    }

    @Override
    public String toString() {
        return "du=" + du + ", au=" + au + ", identifiant=" + identifiant + ", action=" + action + ", cible="
                + cibleType + "/" + cibleId + ", resultat=" + resultat;
    }
}

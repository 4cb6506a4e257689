package org.eden.portail.habilitation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** R-HAB-8: one partner's review of the year as its administrateur sees it (a JavaBean for the screens). */
public final class RevueVue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long organismeId;
    private final String organisme;
    private final int annee;
    private final boolean campagneOuverte;
    private final StatutRevue statut;
    private final String signeePar;
    private final Instant signeeLe;
    private final int conservees;
    private final int retirees;
    private final List<LigneRevue> lignes;

    RevueVue(Long organismeId, String organisme, int annee, boolean campagneOuverte, RevuePartenaire revue, List<LigneRevue> lignes) {
        this.organismeId = organismeId;
        this.organisme = organisme;
        this.annee = annee;
        this.campagneOuverte = campagneOuverte;
        this.statut = revue == null ? StatutRevue.NON_COMMENCEE : revue.getStatut();
        this.signeePar = revue == null ? null : revue.getSigneePar();
        this.signeeLe = revue == null ? null : revue.getSigneeLe();
        boolean signee = statut == StatutRevue.TERMINEE;
        this.conservees = signee ? revue.getConservees() : (int) lignes.stream().filter(l -> l.getDecision() == DecisionRevue.CONSERVER).count();
        this.retirees = signee ? revue.getRetirees() : (int) lignes.stream().filter(l -> l.getDecision() == DecisionRevue.RETIRER).count();
        this.lignes = List.copyOf(lignes);
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public String getOrganisme() {
        return organisme;
    }

    public int getAnnee() {
        return annee;
    }

    public boolean isCampagneOuverte() {
        return campagneOuverte;
    }

    public StatutRevue getStatut() {
        return statut;
    }

    public boolean isSignee() {
        return statut == StatutRevue.TERMINEE;
    }

    public String getSigneePar() {
        return signeePar;
    }

    public Instant getSigneeLe() {
        return signeeLe;
    }

    public int getConservees() {
        return conservees;
    }

    public int getRetirees() {
        return retirees;
    }

    public int getNombreADecider() {
        return (int) lignes.stream().filter(l -> l.getDecision() == null).count();
    }

    public List<LigneRevue> getLignes() {
        return lignes;
    }
}

package org.eden.portail.habilitation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** R-HAB-8: one partner's review of the year as its administrateur sees it. */
public record RevueVue(Long organismeId, String organisme, int annee, boolean campagneOuverte, StatutRevue statut,
                       String signeePar, Instant signeeLe, int conservees, int retirees,
                       List<LigneRevue> lignes) implements Serializable {

    RevueVue(Long organismeId, String organisme, int annee, boolean campagneOuverte, RevuePartenaire revue, List<LigneRevue> lignes) {
        this(organismeId, organisme, annee, campagneOuverte, revue == null ? StatutRevue.NON_COMMENCEE : revue.getStatut(),
                revue == null ? null : revue.getSigneePar(), revue == null ? null : revue.getSigneeLe(),
                signee(revue) ? revue.getConservees() : decisions(lignes, DecisionRevue.CONSERVER),
                signee(revue) ? revue.getRetirees() : decisions(lignes, DecisionRevue.RETIRER), List.copyOf(lignes));
    }

    /** A signed review keeps its counts; an open one counts its lines' decisions so far. */
    private static boolean signee(RevuePartenaire revue) {
        return revue != null && revue.getStatut() == StatutRevue.TERMINEE;
    }

    private static int decisions(List<LigneRevue> lignes, DecisionRevue decision) {
        return (int) lignes.stream().filter(l -> l.decision() == decision).count();
    }

    public boolean isSignee() {
        return statut == StatutRevue.TERMINEE;
    }

    public int getNombreADecider() {
        return (int) lignes.stream().filter(l -> l.decision() == null).count();
    }
}

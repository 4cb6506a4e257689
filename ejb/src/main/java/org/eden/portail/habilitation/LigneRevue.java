package org.eden.portail.habilitation;

import java.io.Serializable;
import java.util.List;

/** R-HAB-8: one habilitation of one user in the review, with its decision if taken (a JavaBean for the screens). */
public final class LigneRevue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long habilitationId;
    private final String identifiant;
    private final String nomComplet;
    private final String service;
    private final String profil;
    private final String statutHabilitation;
    private final String groupes;
    private final DecisionRevue decision;

    LigneRevue(Habilitation h, List<String> groupes, DecisionRevue decision) {
        this.habilitationId = h.getId();
        this.identifiant = h.getUtilisateur().getIdentifiant();
        this.nomComplet = h.getUtilisateur().getNomComplet();
        this.service = h.getService();
        this.profil = h.getProfil();
        this.statutHabilitation = h.getStatut().name();
        this.groupes = String.join(", ", groupes);
        this.decision = decision;
    }

    public Long getHabilitationId() {
        return habilitationId;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public String getNomComplet() {
        return nomComplet;
    }

    public String getService() {
        return service;
    }

    public String getProfil() {
        return profil;
    }

    public String getStatutHabilitation() {
        return statutHabilitation;
    }

    /** The groups of the user that carry this (service, profile): where the habilitation comes from. */
    public String getGroupes() {
        return groupes;
    }

    public DecisionRevue getDecision() {
        return decision;
    }

    public String getDecisionLibelle() {
        return decision == null ? "À décider" : decision.getLibelle();
    }
}

package org.eden.portail.habilitation;

import java.io.Serializable;
import java.util.List;

/**
 * R-HAB-8: one habilitation of one user in the review, with its decision if taken. {@code groupes}: the
 * groups of the user that carry this (service, profile): where the habilitation comes from.
 */
public record LigneRevue(Long habilitationId, String identifiant, String nomComplet, String service, String profil,
                         String statutHabilitation, String groupes, DecisionRevue decision) implements Serializable {

    LigneRevue(Habilitation h, List<String> groupes, DecisionRevue decision) {
        this(h.getId(), h.getUtilisateur().getIdentifiant(), h.getUtilisateur().getNomComplet(), h.getService(), h.getProfil(),
                h.getStatut().name(), String.join(", ", groupes), decision);
    }

    public String getDecisionLibelle() {
        return decision == null ? "À décider" : decision.getLibelle();
    }
}

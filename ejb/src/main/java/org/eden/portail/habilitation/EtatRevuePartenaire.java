package org.eden.portail.habilitation;

import java.io.Serializable;
import java.time.Instant;

/**
 * R-HAB-8: where one partner stands in the Caf's campaign, with its counts. {@code habilitations}: those in
 * force now (the lines of a review not signed yet).
 */
public record EtatRevuePartenaire(Long organismeId, String organisme, String siret, StatutRevue statut, int habilitations,
                                  int conservees, int retirees, String signeePar, Instant signeeLe,
                                  Instant commenceeLe) implements Serializable {

    public String getStatutLibelle() {
        return statut.getLibelle();
    }

    /** Not done yet: the partners the Caf has to chase. */
    public boolean isEnRetard() {
        return statut != StatutRevue.TERMINEE;
    }
}

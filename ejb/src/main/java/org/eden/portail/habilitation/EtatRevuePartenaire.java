package org.eden.portail.habilitation;

import java.io.Serializable;
import java.time.Instant;

/** R-HAB-8: where one partner stands in the Caf's campaign, with its counts (a JavaBean for the screens). */
public final class EtatRevuePartenaire implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long organismeId;
    private final String organisme;
    private final String siret;
    private final StatutRevue statut;
    private final int habilitations;
    private final int conservees;
    private final int retirees;
    private final String signeePar;
    private final Instant signeeLe;
    private final Instant commenceeLe;

    EtatRevuePartenaire(Long organismeId, String organisme, String siret, StatutRevue statut, int habilitations,
                        int conservees, int retirees, String signeePar, Instant signeeLe, Instant commenceeLe) {
        this.organismeId = organismeId;
        this.organisme = organisme;
        this.siret = siret;
        this.statut = statut;
        this.habilitations = habilitations;
        this.conservees = conservees;
        this.retirees = retirees;
        this.signeePar = signeePar;
        this.signeeLe = signeeLe;
        this.commenceeLe = commenceeLe;
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public String getOrganisme() {
        return organisme;
    }

    public String getSiret() {
        return siret;
    }

    public StatutRevue getStatut() {
        return statut;
    }

    public String getStatutLibelle() {
        return statut.getLibelle();
    }

    /** Not done yet: the partners the Caf has to chase. */
    public boolean isEnRetard() {
        return statut != StatutRevue.TERMINEE;
    }

    /** Habilitations in force now (the lines of a review not signed yet). */
    public int getHabilitations() {
        return habilitations;
    }

    public int getConservees() {
        return conservees;
    }

    public int getRetirees() {
        return retirees;
    }

    public String getSigneePar() {
        return signeePar;
    }

    public Instant getSigneeLe() {
        return signeeLe;
    }

    public Instant getCommenceeLe() {
        return commenceeLe;
    }
}

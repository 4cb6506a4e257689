package org.eden.portail.habilitation;

import java.io.Serializable;
import java.time.Instant;

/** R-HAB-7: a partner of the Caf as its back office sees its habilitations' management. */
public final class PartenaireHabilitations implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String nom;
    private final String siret;
    private final String convention;
    private final String statutConvention;
    private final String mode;
    private final boolean centralise;
    private final boolean delegationRetiree;
    private final String motifDelegation;
    private final Instant delegationModifieeLe;
    private final long comptes;

    PartenaireHabilitations(Long id, String nom, String siret, String convention, String statutConvention, String mode,
                            boolean centralise, boolean delegationRetiree, String motifDelegation,
                            Instant delegationModifieeLe, long comptes) {
        this.id = id;
        this.nom = nom;
        this.siret = siret;
        this.convention = convention;
        this.statutConvention = statutConvention;
        this.mode = mode;
        this.centralise = centralise;
        this.delegationRetiree = delegationRetiree;
        this.motifDelegation = motifDelegation;
        this.delegationModifieeLe = delegationModifieeLe;
        this.comptes = comptes;
    }

    public Long getId() {
        return id;
    }

    public String getNom() {
        return nom;
    }

    public String getSiret() {
        return siret;
    }

    /** The number of the convention in force, or null. */
    public String getConvention() {
        return convention;
    }

    public String getStatutConvention() {
        return statutConvention;
    }

    public String getMode() {
        return mode;
    }

    public boolean isCentralise() {
        return centralise;
    }

    public boolean isDelegationRetiree() {
        return delegationRetiree;
    }

    /** The Caf manages the partner's habilitations today (centralised, or delegation withdrawn). */
    public boolean isCafGere() {
        return convention != null && (centralise || delegationRetiree);
    }

    public String getMotifDelegation() {
        return motifDelegation;
    }

    public Instant getDelegationModifieeLe() {
        return delegationModifieeLe;
    }

    public long getComptes() {
        return comptes;
    }
}

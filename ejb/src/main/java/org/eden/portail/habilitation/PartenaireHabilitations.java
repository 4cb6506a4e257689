package org.eden.portail.habilitation;

import java.io.Serializable;
import java.time.Instant;

/**
 * R-HAB-7: a partner of the Caf as its back office sees its habilitations' management. {@code convention}:
 * the number of the convention in force, or null.
 */
public record PartenaireHabilitations(Long id, String nom, String siret, String convention, String statutConvention, String mode,
                                      boolean centralise, boolean delegationRetiree, String motifDelegation,
                                      Instant delegationModifieeLe, long comptes) implements Serializable {

    /** The Caf manages the partner's habilitations today (centralised, or delegation withdrawn). */
    public boolean isCafGere() {
        return convention != null && (centralise || delegationRetiree);
    }
}

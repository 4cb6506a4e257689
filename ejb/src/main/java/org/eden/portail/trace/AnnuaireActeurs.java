package org.eden.portail.trace;

import java.util.Optional;

/**
 * Who an account is, as a trace describes its actor and as the reading of traces scopes a person
 * (R-TRACE-1, R-TRACE-4). The trace context owns the question; identite, which owns the accounts,
 * answers it (identite.ActeursDesTraces). So trace, written to by every context, reads none.
 */
public interface AnnuaireActeurs {

    /** Empty for an unknown identifier. */
    Optional<Acteur> acteur(String identifiant);

    /**
     * @param identifiant the account's identifier, as stored
     * @param organismeId the partner organisation of a partner's user, else null
     * @param codeCafAgent the Caf of a Caf agent, else null
     * @param codeCaf     the Caf the account answers to: its own, or its organisation's
     * @param profil      the profile in force: the Caf roles, or {@code PARTENAIRE}
     */
    record Acteur(String identifiant, Long organismeId, String codeCafAgent, String codeCaf, String profil) {
    }
}

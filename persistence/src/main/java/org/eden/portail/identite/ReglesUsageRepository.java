package org.eden.portail.identite;

import java.util.Optional;

/** The usage rules and their acceptances (R-AUTH-2). */
public interface ReglesUsageRepository {

    /** The newest published version. */
    Optional<ReglesUsage> enVigueur();

    void enregistrer(AcceptationReglesUsage acceptation);

    long nombreAcceptations(Utilisateur utilisateur, String version);
}

package org.eden.portail.identite;

import org.eden.portail.shared.DroitsPartenaire;

import java.util.Optional;

/**
 * Where the realm reads the partner side of an account ({@link DroitsPartenaire}): answered by the
 * habilitation context, which owns the convention's contrat and the habilitations. Declared here so
 * that identite depends on no context above it.
 */
public interface SourceDroitsPartenaire {

    /** Empty for an unknown account or an account of no partner. */
    Optional<DroitsPartenaire> de(String identifiant);
}

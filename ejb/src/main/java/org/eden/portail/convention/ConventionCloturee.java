package org.eden.portail.convention;

/**
 * R-CONV-8: a convention was closed; every habilitation granted under it is devalidated in the
 * same transaction (observed by the habilitations).
 */
public record ConventionCloturee(Long conventionId, String numero) {
}

package org.eden.portail.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Incidents of the service desk and maintenance notices (R-INC-1, R-INC-2). */
public interface IncidentRepository {

    Incident enregistrer(Incident incident);

    Optional<Incident> incident(Long id);

    /**
     * The incidents of a Caf ({@code codeCaf}) or of a partner ({@code organismeId}), newest first,
     * optionally of one status, optionally only those to escalate (unanswered, filed at or before
     * {@code seuilEscalade}).
     */
    List<Incident> incidents(String codeCaf, Long organismeId, StatutIncident statut, Instant seuilEscalade,
                             int debut, int nombre);

    long compter(String codeCaf, Long organismeId, StatutIncident statut, Instant seuilEscalade);

    /** The identifiers of a Caf's agents holding a role, to assign incidents to. */
    List<String> agents(String codeCaf, org.eden.portail.identite.RoleCaf role);

    AvisMaintenance enregistrer(AvisMaintenance avis);

    /** Notices in force at {@code maintenant}, of one Caf or (null) of every Caf. */
    List<AvisMaintenance> avisEnVigueur(String codeCaf, Instant maintenant);

    /** A Caf's notices not yet ended, for its administrateur's screen. */
    List<AvisMaintenance> avisAVenir(String codeCaf, Instant maintenant);
}

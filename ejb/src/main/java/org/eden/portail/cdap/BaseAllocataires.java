package org.eden.portail.cdap;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The beneficiary base, read-only. In production it is the Caf's information system; the portal
 * ships {@link BaseAllocatairesJdbc} over its own tables (migration V9), filled by
 * {@link GenerateurDossiers}. A file is known by its Caf and its numéro allocataire, which is
 * unique only within one Caf (R-CDAP-1). Lists come in the order people read them: newest first
 * for dated things, household order for the family.
 */
public interface BaseAllocataires {

    Optional<DossierAllocataire> dossier(String codeCaf, String numero);

    List<Personne> famille(String codeCaf, String numero);

    List<Droit> droits(String codeCaf, String numero);

    /** The transfers paid between {@code du} and {@code au} (both included), newest first. */
    List<Paiement> paiements(String codeCaf, String numero, LocalDate du, LocalDate au);

    List<Courrier> courriers(String codeCaf, String numero);

    List<Ressource> ressources(String codeCaf, String numero);

    List<Creance> creances(String codeCaf, String numero);

    List<PeriodeRsa> periodesRsa(String codeCaf, String numero);
}

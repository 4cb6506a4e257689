package org.eden.portail.afas;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * R-AFAS-7: a declaration the Caf has not received at its deadline, per partner and équipement;
 * {@code declarationId} null: not even opened ({@code statutLibelle} says so).
 */
public record RetardVue(Long organismeId, String organisme, Long equipementId, String equipement, TypeEquipement type, int exercice,
                        NatureDeclaration nature, String natureLibelle, LocalDate echeance, Long declarationId, StatutDeclaration statut,
                        String statutLibelle) implements Serializable {

    static final String NON_OUVERTE = "Non ouverte";
}

package org.eden.portail.afas;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of the lists of declarations: what, of which partner, when due, where it stands. */
public record DeclarationResume(Long id, Long equipementId, String equipement, Long organismeId, String organisme, TypeEquipement type, int exercice,
                                NatureDeclaration nature, String natureLibelle, StatutDeclaration statut, String statutLibelle,
                                LocalDate echeance, boolean enRetard) implements Serializable {

    /** R-AFAS-7: due and late by the calendar of the équipement's Caf. */
    static DeclarationResume de(Declaration d, CalendrierCampagne c, LocalDate aujourdhui) {
        boolean ouverte = StatutDeclaration.ATTENDUES.contains(d.getStatut());
        return new DeclarationResume(d.getId(), d.getEquipement().getId(), d.getEquipement().getNom(),
                d.getEquipement().getOrganisme().getId(), d.getEquipement().getOrganisme().getNom(), d.getEquipement().getType(),
                d.getExercice(), d.getNature(), d.getNature().getLibelle(), d.getStatut(), d.getStatut().getLibelle(),
                c.echeance(d.getNature(), d.getExercice()), ouverte && c.enRetard(d.getNature(), d.getExercice(), aujourdhui));
    }
}

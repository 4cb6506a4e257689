package org.eden.portail.afas;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of the lists of declarations: what, when due, where it stands. */
public record DeclarationResume(Long id, Long equipementId, String equipement, TypeEquipement type, int exercice,
                                NatureDeclaration nature, String natureLibelle, StatutDeclaration statut, String statutLibelle,
                                LocalDate echeance, boolean enRetard) implements Serializable {

    static DeclarationResume de(Declaration d, LocalDate aujourdhui) {
        CalendrierCampagne c = CalendrierCampagne.DEFAUT;
        boolean ouverte = d.getStatut().modifiable() || d.getStatut() == StatutDeclaration.A_APPROUVER;
        return new DeclarationResume(d.getId(), d.getEquipement().getId(), d.getEquipement().getNom(), d.getEquipement().getType(),
                d.getExercice(), d.getNature(), d.getNature().getLibelle(), d.getStatut(), d.getStatut().getLibelle(),
                c.echeance(d.getNature(), d.getExercice()), ouverte && c.enRetard(d.getNature(), d.getExercice(), aujourdhui));
    }
}

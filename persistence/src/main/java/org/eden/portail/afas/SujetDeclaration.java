package org.eden.portail.afas;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.eden.portail.shared.Entite;

/**
 * What a declaration of a campaign is about, and so what a reminder about it names too: one
 * équipement, one exercice, one nature, fixed once written. Mapped once here so the declaration
 * and its reminders keep the same columns.
 */
@MappedSuperclass
public abstract class SujetDeclaration extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "equipement_id", nullable = false, updatable = false)
    private Equipement equipement;

    @Column(nullable = false, updatable = false)
    private int exercice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private NatureDeclaration nature;

    protected SujetDeclaration() {
    }

    protected SujetDeclaration(Equipement equipement, int exercice, NatureDeclaration nature) {
        this.equipement = equipement;
        this.exercice = exercice;
        this.nature = nature;
    }

    public Equipement getEquipement() {
        return equipement;
    }

    public int getExercice() {
        return exercice;
    }

    public NatureDeclaration getNature() {
        return nature;
    }
}

package org.eden.portail.afas;

import java.time.LocalDate;
import java.time.Month;

/**
 * R-AFAS-2: the kinds of declaration of an exercice, with the default deadline of the campaign
 * (Caf de la Somme's calendar, see docs/contextes.md "AFAS"). R-AFAS-7 will make them configurable.
 */
public enum NatureDeclaration {
    PREVISIONNEL("Prévisionnel", 0, Month.FEBRUARY, 13),
    ACTUALISE_JUIN("Actualisé janvier–juin", 0, Month.JULY, 10),
    ACTUALISE_SEPTEMBRE("Actualisé janvier–septembre", 0, Month.OCTOBER, 12),
    REEL("Réel", 1, Month.MARCH, 31);

    private final String libelle;
    private final int decalageAnnee;
    private final Month moisEcheance;
    private final int jourEcheance;

    NatureDeclaration(String libelle, int decalageAnnee, Month moisEcheance, int jourEcheance) {
        this.libelle = libelle;
        this.decalageAnnee = decalageAnnee;
        this.moisEcheance = moisEcheance;
        this.jourEcheance = jourEcheance;
    }

    public String getLibelle() {
        return libelle;
    }

    /** The default deadline of the exercice's declaration of this kind (the réel of N: 31 March N+1). */
    public LocalDate echeanceParDefaut(int exercice) {
        return LocalDate.of(exercice + decalageAnnee, moisEcheance, jourEcheance);
    }

    /** R-AFAS-10: what a new declaration of this kind is prefilled from. */
    public boolean estActualise() {
        return this == ACTUALISE_JUIN || this == ACTUALISE_SEPTEMBRE;
    }
}

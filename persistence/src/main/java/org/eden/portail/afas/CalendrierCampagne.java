package org.eden.portail.afas;

import org.eden.portail.shared.RegleMetierException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * R-AFAS-2: when a declaration can be opened. The defaults of the public Caf calendar: each
 * window opens one month before its deadline; after the deadline the declaration is still accepted,
 * but late. The issue of R-AFAS-7 replaces these defaults with a calendar per Caf and year.
 */
public final class CalendrierCampagne {

    public static final CalendrierCampagne DEFAUT = new CalendrierCampagne(1);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final int moisAvantEcheance;

    CalendrierCampagne(int moisAvantEcheance) {
        this.moisAvantEcheance = moisAvantEcheance;
    }

    public LocalDate echeance(NatureDeclaration nature, int exercice) {
        return nature.echeanceParDefaut(exercice);
    }

    public LocalDate ouverture(NatureDeclaration nature, int exercice) {
        return echeance(nature, exercice).minusMonths(moisAvantEcheance);
    }

    public boolean enRetard(NatureDeclaration nature, int exercice, LocalDate aujourdhui) {
        return aujourdhui.isAfter(echeance(nature, exercice));
    }

    /** R-AFAS-2: refuses to open a declaration before its campaign. */
    public void exigerOuverte(NatureDeclaration nature, int exercice, LocalDate aujourdhui) {
        LocalDate ouverture = ouverture(nature, exercice);
        if (aujourdhui.isBefore(ouverture)) {
            throw new RegleMetierException("R-AFAS-2", "La campagne « " + nature.getLibelle() + " " + exercice
                    + " » ouvre le " + DATE.format(ouverture) + " (échéance le " + DATE.format(echeance(nature, exercice))
                    + ") : la déclaration ne peut pas encore être ouverte.");
        }
    }
}

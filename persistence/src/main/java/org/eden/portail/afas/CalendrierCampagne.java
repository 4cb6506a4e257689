package org.eden.portail.afas;

import org.eden.portail.shared.RegleMetierException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R-AFAS-2, R-AFAS-7: when a declaration can be opened and when it is due. A Caf's calendar is
 * built from its stored campaigns ({@link #de}); a kind and exercice it has not set takes the
 * defaults of the public Caf calendar ({@link #DEFAUT}): each window opens one month before its
 * deadline. After the deadline the declaration is still accepted, but late. A deadline falling on
 * a weekend stays where it is: the Caf sets another date if it wants one.
 */
public final class CalendrierCampagne {

    public static final CalendrierCampagne DEFAUT = new CalendrierCampagne(Map.of());

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final int MOIS_AVANT_ECHEANCE = 1;

    private final Map<String, CampagneAfas> campagnes;

    private CalendrierCampagne(Map<String, CampagneAfas> campagnes) {
        this.campagnes = campagnes;
    }

    /** R-AFAS-7: the calendar of one Caf, from its stored campaigns (any exercice). */
    public static CalendrierCampagne de(List<CampagneAfas> campagnesDeLaCaf) {
        Map<String, CampagneAfas> parCle = new HashMap<>();
        campagnesDeLaCaf.forEach(c -> parCle.put(cle(c.getNature(), c.getExercice()), c));
        return new CalendrierCampagne(Map.copyOf(parCle));
    }

    public LocalDate echeance(NatureDeclaration nature, int exercice) {
        CampagneAfas c = campagnes.get(cle(nature, exercice));
        return c != null ? c.getEcheance() : nature.echeanceParDefaut(exercice);
    }

    public LocalDate ouverture(NatureDeclaration nature, int exercice) {
        CampagneAfas c = campagnes.get(cle(nature, exercice));
        return c != null ? c.getOuverture() : nature.echeanceParDefaut(exercice).minusMonths(MOIS_AVANT_ECHEANCE);
    }

    /** Whether the Caf set this campaign itself (false: the defaults). */
    public boolean reglee(NatureDeclaration nature, int exercice) {
        return campagnes.containsKey(cle(nature, exercice));
    }

    /** Late the day after the deadline: the deadline's whole day, weekend or not, is still in time. */
    public boolean enRetard(NatureDeclaration nature, int exercice, LocalDate aujourdhui) {
        return aujourdhui.isAfter(echeance(nature, exercice));
    }

    /** R-AFAS-2, R-AFAS-7: refuses to open a declaration before its campaign. */
    public void exigerOuverte(NatureDeclaration nature, int exercice, LocalDate aujourdhui) {
        LocalDate ouverture = ouverture(nature, exercice);
        if (aujourdhui.isBefore(ouverture)) {
            throw new RegleMetierException("R-AFAS-7", "La campagne « " + nature.getLibelle() + " " + exercice
                    + " » ouvre le " + DATE.format(ouverture) + " (échéance le " + DATE.format(echeance(nature, exercice))
                    + ") : la déclaration ne peut pas encore être ouverte.");
        }
    }

    private static String cle(NatureDeclaration nature, int exercice) {
        return nature.name() + "/" + exercice;
    }
}

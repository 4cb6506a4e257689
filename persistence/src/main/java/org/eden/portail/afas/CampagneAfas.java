package org.eden.portail.afas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eden.portail.shared.RegleMetierException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * R-AFAS-7: a Caf's campaign of one kind of declaration for one exercice (table {@code afas_campagne},
 * V19): when its declarations open and their deadline, set by the Caf. A Caf without a row uses the
 * defaults ({@link CalendrierCampagne#DEFAUT}). The dates are checked here, the one place.
 */
@Entity
@Table(name = "afas_campagne")
public class CampagneAfas extends ReglageDeLaCaf {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, updatable = false)
    private int exercice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private NatureDeclaration nature;

    @Column(nullable = false)
    private LocalDate ouverture;

    @Column(nullable = false)
    private LocalDate echeance;

    protected CampagneAfas() {
    }

    private CampagneAfas(String codeCaf) {
        super(codeCaf);
    }

    public static CampagneAfas de(String codeCaf, int exercice, NatureDeclaration nature, LocalDate ouverture, LocalDate echeance,
                                  String par, Instant le) {
        if (nature == null) {
            throw new RegleMetierException("R-AFAS-7", "R-AFAS-7 : choisissez la nature de la déclaration de la campagne.");
        }
        CampagneAfas c = new CampagneAfas(codeCaf);
        c.exercice = exercice;
        c.nature = nature;
        c.changer(ouverture, echeance, par, le);
        return c;
    }

    /**
     * R-AFAS-7: new dates. The opening precedes the deadline; both stay within the exercice's reach
     * (from the year before the exercice to two years after it), which catches a mistyped year.
     */
    public void changer(LocalDate nouvelleOuverture, LocalDate nouvelleEcheance, String par, Instant le) {
        if (nouvelleOuverture == null || nouvelleEcheance == null) {
            throw new RegleMetierException("R-AFAS-7", "R-AFAS-7 : la campagne « " + nature.getLibelle() + " " + exercice
                    + " » attend une date d'ouverture et une échéance.");
        }
        if (nouvelleOuverture.isAfter(nouvelleEcheance)) {
            throw new RegleMetierException("R-AFAS-7", "R-AFAS-7 : la campagne « " + nature.getLibelle() + " " + exercice
                    + " » ne peut pas ouvrir après son échéance.");
        }
        for (LocalDate d : new LocalDate[]{nouvelleOuverture, nouvelleEcheance}) {
            if (d.getYear() < exercice - 1 || d.getYear() > exercice + 2) {
                throw new RegleMetierException("R-AFAS-7", "R-AFAS-7 : la campagne « " + nature.getLibelle() + " " + exercice
                        + " » se tient entre " + (exercice - 1) + " et " + (exercice + 2) + " (date saisie : "
                        + CalendrierCampagne.DATE.format(d) + ").");
            }
        }
        this.ouverture = nouvelleOuverture;
        this.echeance = nouvelleEcheance;
        modifie(par, le);
    }

    public int getExercice() {
        return exercice;
    }

    public NatureDeclaration getNature() {
        return nature;
    }

    public LocalDate getOuverture() {
        return ouverture;
    }

    public LocalDate getEcheance() {
        return echeance;
    }
}

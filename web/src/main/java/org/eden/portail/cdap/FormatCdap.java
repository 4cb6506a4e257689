package org.eden.portail.cdap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/** The CDAP screens' formats, from EL: {@code #{formatCdap.montant(d.montant)}} → « 1 234,56 € ». */
@Named
@ApplicationScoped
public class FormatCdap {

    public String montant(BigDecimal montant) {
        return FormatFrancais.montant(montant);
    }

    public String date(LocalDate jour) {
        return FormatFrancais.date(jour);
    }

    public String mois(YearMonth mois) {
        return FormatFrancais.mois(mois);
    }

    public String moisDe(LocalDate jour) {
        return jour == null ? "" : FormatFrancais.mois(YearMonth.from(jour));
    }

    public int age(LocalDate naissance) {
        return naissance == null ? 0 : Period.between(naissance, LocalDate.now(org.eden.portail.shared.Horloge.FUSEAU)).getYears();
    }

    public String role(String role) {
        return switch (role) {
            case "ALLOCATAIRE" -> "Allocataire";
            case "CONJOINT" -> "Conjoint(e)";
            case "ENFANT" -> "Enfant";
            default -> role;
        };
    }
}

package org.eden.portail.afas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * R-AFAS-8: an équipement's statistics over the years, and the sentences that say their main
 * figures in words (read before each chart, which refers to them by aria-describedby).
 */
public record StatistiquesEquipement(Long equipementId, String equipement, TypeEquipement type, List<StatistiquesAfas.Point> points)
        implements Serializable {

    /** The hours: first and last exercice, realised and billed. */
    public String resumeHeures() {
        if (points.isEmpty()) {
            return "Aucun réel transmis à la Caf pour cet équipement : pas encore de statistiques.";
        }
        StatistiquesAfas.Point premier = points.get(0);
        StatistiquesAfas.Point dernier = points.get(points.size() - 1);
        if (points.size() == 1) {
            return "En " + dernier.exercice() + ", " + nombre(dernier.heuresRealisees()) + " heures réalisées et " + nombre(dernier.heuresFacturees())
                    + " heures facturées.";
        }
        return "Heures réalisées : " + nombre(premier.heuresRealisees()) + " en " + premier.exercice() + ", " + nombre(dernier.heuresRealisees())
                + " en " + dernier.exercice() + " ; heures facturées : " + nombre(premier.heuresFacturees()) + " puis "
                + nombre(dernier.heuresFacturees()) + ".";
    }

    /** The cost per hour and the Caf's share. */
    public String resumeCouts() {
        if (points.isEmpty()) {
            return "Pas encore de coût horaire ni de part de la Caf.";
        }
        StatistiquesAfas.Point dernier = points.get(points.size() - 1);
        return "En " + dernier.exercice() + ", coût horaire " + euros(dernier.coutHoraire()) + ", financement de la Caf "
                + euros(dernier.financementCaf()) + ", soit " + pourcent(dernier.partCaf()) + " des charges"
                + (points.size() > 1 ? " (en " + points.get(0).exercice() + " : coût horaire " + euros(points.get(0).coutHoraire()) + ")." : ".");
    }

    /** The occupation and billing rates. */
    public String resumeTaux() {
        if (points.isEmpty()) {
            return "Pas encore de taux d'occupation ni de facturation.";
        }
        StatistiquesAfas.Point dernier = points.get(points.size() - 1);
        return "En " + dernier.exercice() + ", taux d'occupation " + pourcent(dernier.tauxOccupation()) + " et taux de facturation "
                + pourcent(dernier.tauxFacturation()) + ".";
    }

    static String nombre(BigDecimal v) {
        return v == null ? "non calculable" : NumberFormat.getIntegerInstance(Locale.FRANCE).format(v.setScale(0, RoundingMode.HALF_UP))
                .replace('\u202F', '\u00A0');
    }

    static String euros(BigDecimal v) {
        if (v == null) {
            return "non calculable";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v).replace('\u202F', '\u00A0') + "\u00A0€";
    }

    static String pourcent(BigDecimal v) {
        if (v == null) {
            return "non calculable";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMaximumFractionDigits(2);
        return f.format(v).replace('\u202F', '\u00A0') + "\u00A0%";
    }
}

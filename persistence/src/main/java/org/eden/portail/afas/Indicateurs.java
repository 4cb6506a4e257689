package org.eden.portail.afas;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * R-AFAS-3: what is computed from the figures, in one place for the screens, the API and the
 * controls. A rate or a cost whose divisor is missing or zero is null ("non calculable"), never a
 * division by zero. Rates are percentages with two decimals.
 *
 * @param capaciteHeures  places × days open × opening hours per day (ALSH: périscolaire + extrascolaire days)
 * @param tauxOccupation  heures réalisées ÷ capacity, in %
 * @param tauxFacturation heures facturées ÷ heures réalisées, in % (EAJE: above 107 % the price falls)
 * @param coutHoraire     total des charges ÷ heures réalisées, in euros
 */
public record Indicateurs(BigDecimal heuresRealisees,
                          BigDecimal heuresFacturees,
                          BigDecimal capaciteHeures,
                          BigDecimal tauxOccupation,
                          BigDecimal tauxFacturation,
                          BigDecimal totalCharges,
                          BigDecimal totalProduits,
                          BigDecimal resultat,
                          BigDecimal coutHoraire,
                          BigDecimal financementCaf) {

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    public static Indicateurs calculer(TypeEquipement type, Map<Poste, BigDecimal> v) {
        BigDecimal realisees = somme(v, Poste.HEURES_REALISEES_MOINS_6, Poste.HEURES_REALISEES_PLUS_6);
        BigDecimal facturees = somme(v, Poste.HEURES_FACTUREES_MOINS_6, Poste.HEURES_FACTUREES_PLUS_6);
        BigDecimal jours = type == TypeEquipement.ALSH
                ? somme(v, Poste.JOURS_PERISCOLAIRE, Poste.JOURS_EXTRASCOLAIRE) : somme(v, Poste.JOURS_OUVERTURE);
        BigDecimal capacite = valeur(v, Poste.PLACES).multiply(jours).multiply(valeur(v, Poste.HEURES_OUVERTURE_JOUR));
        BigDecimal charges = BigDecimal.ZERO;
        BigDecimal produits = BigDecimal.ZERO;
        for (Poste p : Poste.values()) {
            if (p.concerne(type) && p.charge() && p != Poste.TOTAL_CHARGES_DECLARE) {
                charges = charges.add(valeur(v, p));
            } else if (p.concerne(type) && p.produit()) {
                produits = produits.add(valeur(v, p));
            }
        }
        return new Indicateurs(realisees, facturees, capacite, taux(realisees, capacite), taux(facturees, realisees),
                charges, produits, produits.subtract(charges), ratio(charges, realisees),
                somme(v, Poste.PRODUITS_CAF_PRESTATION_SERVICE, Poste.PRODUITS_CAF_AUTRES));
    }

    static BigDecimal valeur(Map<Poste, BigDecimal> v, Poste poste) {
        BigDecimal x = v.get(poste);
        return x == null ? BigDecimal.ZERO : x;
    }

    static BigDecimal somme(Map<Poste, BigDecimal> v, Poste... postes) {
        BigDecimal s = BigDecimal.ZERO;
        for (Poste p : postes) {
            s = s.add(valeur(v, p));
        }
        return s;
    }

    /** a ÷ b in %, or null when b is zero. */
    public static BigDecimal taux(BigDecimal a, BigDecimal b) {
        return b == null || b.signum() == 0 || a == null ? null : a.multiply(CENT).divide(b, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return b == null || b.signum() == 0 ? null : a.divide(b, 2, RoundingMode.HALF_UP);
    }

    /**
     * R-AFAS-3: a child present on part of a slot counts the whole slot. The hours to declare for a
     * presence of {@code minutes} on slots of {@code minutesParCreneau}: whole slots, rounded up.
     */
    public static BigDecimal heuresParCreneaux(long minutes, long minutesParCreneau) {
        if (minutes <= 0 || minutesParCreneau <= 0) {
            return BigDecimal.ZERO;
        }
        long creneaux = (minutes + minutesParCreneau - 1) / minutesParCreneau;
        return BigDecimal.valueOf(creneaux * minutesParCreneau).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}

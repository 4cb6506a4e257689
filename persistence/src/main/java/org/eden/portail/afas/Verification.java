package org.eden.portail.afas;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * R-AFAS-4: what each control of table {@code afas_controle} computes, under the same id. The
 * data ({@link ControleCoherence}) says how severe it is, its threshold and its message; this says
 * what fails and with which figures (the {@code detail}). A control whose figures are missing does
 * not fail: completeness is asked at submission, not here.
 */
public enum Verification {

    /** No figure is negative. */
    MONTANT_NEGATIF("AFAS-C01") {
        @Override
        Optional<String> verifier(ContexteControle c, BigDecimal seuil) {
            List<String> negatifs = c.valeurs().entrySet().stream().filter(e -> e.getValue().signum() < 0)
                    .map(e -> e.getKey().getLibelle() + " (" + nombre(e.getValue()) + ")").sorted().toList();
            return negatifs.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", negatifs));
        }
    },
    /** ALSH: hours realised within places × days × opening hours (seuil: % of that capacity). */
    HEURES_AU_DELA_DE_LA_CAPACITE("AFAS-C02") {
        @Override
        Optional<String> verifier(ContexteControle c, BigDecimal seuil) {
            return pour(TypeEquipement.ALSH, c, i -> depasse(i.heuresRealisees(), i.capaciteHeures(), seuilOu(seuil, 100))
                    ? Optional.of("heures réalisées " + nombre(i.heuresRealisees()) + " h pour une capacité de "
                    + nombre(i.capaciteHeures()) + " h (places × jours × heures par jour)") : Optional.empty());
        }
    },
    /** EAJE: occupation rate réalisées ÷ (places × opening hours) at most the threshold (100 %). */
    TAUX_OCCUPATION("AFAS-C03") {
        @Override
        Optional<String> verifier(ContexteControle c, BigDecimal seuil) {
            return pour(TypeEquipement.EAJE, c, i -> tauxAuPlus("taux d'occupation", i.heuresRealisees(), i.capaciteHeures(),
                    i.tauxOccupation(), seuilOu(seuil, 100)));
        }
    },
    /** The totals reported from the accounts equal the sum of the lines (seuil: tolerance in euros). */
    TOTAUX("AFAS-C04") {
        @Override
        Optional<String> verifier(ContexteControle c, BigDecimal seuil) {
            Indicateurs i = c.indicateurs();
            BigDecimal tolerance = seuil == null ? BigDecimal.ZERO : seuil;
            List<String> ecarts = new ArrayList<>();
            BigDecimal charges = c.valeurs().get(Poste.TOTAL_CHARGES_DECLARE);
            if (charges != null && charges.subtract(i.totalCharges()).abs().compareTo(tolerance) > 0) {
                ecarts.add("total des charges déclaré " + nombre(charges) + " € pour une somme des lignes de " + nombre(i.totalCharges()) + " €");
            }
            BigDecimal produits = c.valeurs().get(Poste.TOTAL_PRODUITS_DECLARE);
            if (produits != null && produits.subtract(i.totalProduits()).abs().compareTo(tolerance) > 0) {
                ecarts.add("total des produits déclaré " + nombre(produits) + " € pour une somme des lignes de " + nombre(i.totalProduits()) + " €");
            }
            return ecarts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ; ", ecarts));
        }
    },
    /** Hours realised within the threshold (20 %) of the previous year's réel. */
    ECART_HEURES_REEL_PRECEDENT("AFAS-C05") {
        @Override
        Optional<String> verifier(ContexteControle c, BigDecimal seuil) {
            if (c.reelPrecedent().isEmpty()) {
                return Optional.empty();
            }
            return ecart("heures réalisées", c.indicateurs().heuresRealisees(),
                    Indicateurs.calculer(c.type(), c.reelPrecedent()).heuresRealisees(), seuilOu(seuil, 20), "du réel de l'an passé");
        }
    },
    /** Each charge within the threshold (20 %) of the previous year's réel. */
    ECART_CHARGES_REEL_PRECEDENT("AFAS-C06") {
        @Override
        Optional<String> verifier(ContexteControle c, BigDecimal seuil) {
            List<String> ecarts = Arrays.stream(Poste.values())
                    .filter(p -> p.charge() && p != Poste.TOTAL_CHARGES_DECLARE && c.valeurs().containsKey(p) && c.reelPrecedent().containsKey(p))
                    .map(p -> ecart(p.getLibelle(), c.valeurs().get(p), c.reelPrecedent().get(p), seuilOu(seuil, 20), "du réel de l'an passé"))
                    .flatMap(Optional::stream).toList();
            return ecarts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ; ", ecarts));
        }
    },
    /** An actualisé or réel within the threshold (20 %) of the exercice's prévisionnel, for hours and total charges. */
    ECART_PREVISIONNEL("AFAS-C07") {
        @Override
        Optional<String> verifier(ContexteControle c, BigDecimal seuil) {
            if (c.nature() == NatureDeclaration.PREVISIONNEL || c.previsionnel().isEmpty()) {
                return Optional.empty();
            }
            Indicateurs prevu = Indicateurs.calculer(c.type(), c.previsionnel());
            Indicateurs i = c.indicateurs();
            List<String> ecarts = new ArrayList<>();
            ecart("heures réalisées", i.heuresRealisees(), prevu.heuresRealisees(), seuilOu(seuil, 20), "du prévisionnel").ifPresent(ecarts::add);
            ecart("total des charges", i.totalCharges(), prevu.totalCharges(), seuilOu(seuil, 20), "du prévisionnel").ifPresent(ecarts::add);
            return ecarts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ; ", ecarts));
        }
    },
    /** The families' participation does not exceed the cost (total charges). */
    PARTICIPATION_SUPERIEURE_AU_COUT("AFAS-C08") {
        @Override
        Optional<String> verifier(ContexteControle c, BigDecimal seuil) {
            BigDecimal participations = c.valeurs().get(Poste.PRODUITS_PARTICIPATIONS_FAMILLES);
            BigDecimal charges = c.indicateurs().totalCharges();
            return participations != null && charges.signum() > 0 && participations.compareTo(charges) > 0
                    ? Optional.of("participations des familles " + nombre(participations) + " € pour des charges de " + nombre(charges) + " €")
                    : Optional.empty();
        }
    },
    /** EAJE: billing rate facturées ÷ réalisées at most the threshold (107 %: beyond, the Caf's price falls). */
    TAUX_FACTURATION_EAJE("AFAS-C09") {
        @Override
        Optional<String> verifier(ContexteControle c, BigDecimal seuil) {
            return pour(TypeEquipement.EAJE, c, i -> tauxAuPlus("taux de facturation", i.heuresFacturees(), i.heuresRealisees(),
                    i.tauxFacturation(), seuilOu(seuil, 107)));
        }
    };

    private final String id;

    Verification(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    /** What fails, with its figures; empty when the control passes. */
    abstract Optional<String> verifier(ContexteControle contexte, BigDecimal seuil);

    public static Optional<Verification> parId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }

    static Optional<String> ecart(String quoi, BigDecimal valeur, BigDecimal reference, BigDecimal seuilPourcent, String de) {
        if (valeur == null || reference == null || reference.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal variation = Indicateurs.taux(valeur.subtract(reference), reference);
        return depasse(valeur.subtract(reference).abs(), reference.abs(), seuilPourcent)
                ? Optional.of(quoi + " : " + nombre(valeur) + " pour " + nombre(reference) + " " + de + " (" + signe(variation) + " %)")
                : Optional.empty();
    }

    /** A control of one type of équipement: the others pass it. */
    static Optional<String> pour(TypeEquipement type, ContexteControle c, Function<Indicateurs, Optional<String>> verification) {
        return c.type() == type ? verification.apply(c.indicateurs()) : Optional.empty();
    }

    /** The rate {@code taux} of a ÷ b at most {@code seuilPourcent}; beyond, the rate and the threshold in the detail. */
    static Optional<String> tauxAuPlus(String quoi, BigDecimal a, BigDecimal b, BigDecimal taux, BigDecimal seuilPourcent) {
        return depasse(a, b, seuilPourcent)
                ? Optional.of(quoi + " " + nombre(taux) + " % (seuil " + nombre(seuilPourcent) + " %)") : Optional.empty();
    }

    static BigDecimal seuilOu(BigDecimal seuil, int defaut) {
        return seuil == null ? BigDecimal.valueOf(defaut) : seuil;
    }

    /** a > b × seuil % exactly (no rounding of a rate first: 100,001 % is above 100 %); false when b is not positive. */
    static boolean depasse(BigDecimal a, BigDecimal b, BigDecimal seuilPourcent) {
        return b != null && b.signum() > 0 && a.multiply(BigDecimal.valueOf(100)).compareTo(b.multiply(seuilPourcent)) > 0;
    }

    private static String signe(BigDecimal variation) {
        return (variation.signum() > 0 ? "+" : "") + nombre(variation);
    }

    /** French format: 1 234,5 (narrow no-break space for thousands, as the screens write it). */
    static String nombre(BigDecimal x) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(2);
        return format.format(x);
    }
}

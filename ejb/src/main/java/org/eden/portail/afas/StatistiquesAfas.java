package org.eden.portail.afas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R-AFAS-8: the statistics of one équipement over the years, computed from its declarations. One
 * point per exercice, from the exercice's réel once it reached the Caf — {@code TRANSMISE},
 * {@code RECUE} or {@code VALIDEE} (a réel being written, awaiting approval or sent back for
 * correction is not a figure the partner has stood by, so it is left out until transmitted again).
 * Each point is {@link Indicateurs}' figures (the one computation of R-AFAS-3): hours realised and
 * billed, cost per hour realised, the Caf's funding (prestation de service and other Caf funds)
 * and its share of the total charges, occupation and billing rates.
 */
public final class StatistiquesAfas {

    /** The statuses whose réel counts: it has reached the Caf. */
    public static final Set<StatutDeclaration> RETENUS = Set.of(StatutDeclaration.TRANSMISE, StatutDeclaration.RECUE, StatutDeclaration.VALIDEE);

    /** One declaration as the computation needs it. */
    public record Releve(int exercice, NatureDeclaration nature, StatutDeclaration statut, Map<Poste, BigDecimal> valeurs) {
    }

    /** One exercice of an équipement. Null figures are "non calculable" (a divisor missing or zero). */
    public record Point(int exercice, String statut, BigDecimal heuresRealisees, BigDecimal heuresFacturees, BigDecimal coutHoraire,
                        BigDecimal financementCaf, BigDecimal partCaf, BigDecimal tauxOccupation, BigDecimal tauxFacturation)
            implements Serializable {
    }

    private StatistiquesAfas() {
    }

    /** The points of one équipement, oldest exercice first. */
    public static List<Point> calculer(TypeEquipement type, List<Releve> releves) {
        return releves.stream()
                .filter(r -> r.nature() == NatureDeclaration.REEL && RETENUS.contains(r.statut()))
                .sorted(Comparator.comparingInt(Releve::exercice))
                .map(r -> {
                    Indicateurs i = Indicateurs.calculer(type, r.valeurs());
                    return new Point(r.exercice(), r.statut().getLibelle(), i.heuresRealisees(), i.heuresFacturees(), i.coutHoraire(),
                            i.financementCaf(), Indicateurs.taux(i.financementCaf(), i.totalCharges()), i.tauxOccupation(), i.tauxFacturation());
                })
                .toList();
    }
}

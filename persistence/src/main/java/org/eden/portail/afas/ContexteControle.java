package org.eden.portail.afas;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the controls read: the declaration's figures (both parts), its type and kind, and the two
 * references of R-AFAS-10 — the previous year's réel and the exercice's prévisionnel (each empty
 * when there is none).
 */
public record ContexteControle(TypeEquipement type,
                               NatureDeclaration nature,
                               Map<Poste, BigDecimal> valeurs,
                               Map<Poste, BigDecimal> reelPrecedent,
                               Map<Poste, BigDecimal> previsionnel) {

    public ContexteControle {
        valeurs = Map.copyOf(valeurs);
        reelPrecedent = reelPrecedent == null ? Map.of() : Map.copyOf(reelPrecedent);
        previsionnel = previsionnel == null ? Map.of() : Map.copyOf(previsionnel);
    }

    public Indicateurs indicateurs() {
        return Indicateurs.calculer(type, valeurs);
    }
}

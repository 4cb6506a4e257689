package org.eden.portail.afas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * R-AFAS-4: one coherence control as a Caf runs it: its national values, the Caf's own threshold
 * and activation when it set them ({@code propreALaCaf}), who set them, and the version a change
 * must name (-1 while the Caf has no setting of its own).
 */
public record ControleCafVue(String id,
                             String message,
                             Severite severite,
                             String regle,
                             BigDecimal seuilNational,
                             boolean actifNational,
                             BigDecimal seuil,
                             boolean actif,
                             boolean propreALaCaf,
                             long version,
                             String modifiePar,
                             Instant modifieLe) implements Serializable {

    static ControleCafVue de(ControleCoherence national, ReglageControleCaf reglage) {
        ControleCoherence effectif = national.pourLaCaf(reglage);
        return new ControleCafVue(national.getId(), national.getMessage(), national.getSeverite(), national.getRegle(),
                national.getSeuil(), national.isActif(), effectif.getSeuil(), effectif.isActif(), reglage != null,
                reglage == null ? -1 : reglage.getVersion(), reglage == null ? null : reglage.getModifiePar(),
                reglage == null ? null : reglage.getModifieLe());
    }

    /** Controls without a national threshold (AFAS-C01, AFAS-C08) are only switched on or off. */
    public boolean seuilReglable() {
        return seuilNational != null;
    }
}

package org.eden.portail.afas;

import java.util.List;

/**
 * R-AFAS-4: where a declaration stands with its coherence warnings, as the Caf's back office filters
 * it: every failing warning justified, some not justified yet, or no warning failing at all.
 * Computed by the service from the controls as the declaration's Caf runs them (they depend on the
 * figures and the Caf's thresholds, so they are not a column).
 */
public enum Avertissements {
    TOUS_JUSTIFIES("Tous justifiés"),
    NON_JUSTIFIES("Certains non justifiés"),
    AUCUN("Aucun avertissement");

    private final String libelle;

    Avertissements(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }

    /** The state of these failing controls (blocking ones are not warnings and do not count here). */
    static Avertissements de(List<ResultatControle> resultats) {
        List<ResultatControle> avertissements = resultats.stream().filter(r -> r.severite() == Severite.AVERTISSEMENT).toList();
        if (avertissements.isEmpty()) {
            return AUCUN;
        }
        return avertissements.stream().allMatch(ResultatControle::leve) ? TOUS_JUSTIFIES : NON_JUSTIFIES;
    }
}

package org.eden.portail.afas;

import java.io.Serializable;
import java.util.Map;

/**
 * The dashboards' hook (R-AFAS-7): a partner's declarations of one exercice, counted per status,
 * and how many the Caf has not received at their deadline ({@code enRetard}, those not even opened
 * included). Counts only, no figure of a declaration.
 */
public record ComptesDeclarations(String codeCaf, Long organismeId, String organisme, int exercice,
                                  Map<StatutDeclaration, Long> parStatut, long enRetard) implements Serializable {

    public long total() {
        return parStatut.values().stream().mapToLong(Long::longValue).sum();
    }
}

package org.eden.portail.afas;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R-AFAS-4: runs the active controls of the table on a declaration and lists what fails, each
 * with the justification written for it. Pure: the service loads the controls, the references and
 * the justifications; this decides.
 */
public final class ControlesCoherence {

    private ControlesCoherence() {
    }

    public static List<ResultatControle> evaluer(List<ControleCoherence> controles, ContexteControle contexte,
                                                 Map<String, String> justifications) {
        return controles.stream()
                .filter(ControleCoherence::isActif)
                .flatMap(controle -> Verification.parId(controle.getId())
                        .flatMap(v -> v.verifier(contexte, controle.getSeuil()))
                        .map(detail -> new ResultatControle(controle.getId(), controle.getSeverite(), controle.getMessage(), detail,
                                controle.getRegle(), controle.getSeverite() == Severite.AVERTISSEMENT ? justifications.get(controle.getId()) : null))
                        .stream())
                .toList();
    }

    /**
     * R-AFAS-4: the controls a Caf runs: every national control, with the Caf's threshold and
     * activation where it set them ({@link ReglageControleCaf}).
     */
    public static List<ControleCoherence> effectifs(List<ControleCoherence> nationaux, List<ReglageControleCaf> reglagesDeLaCaf) {
        Map<String, ReglageControleCaf> parControle = reglagesDeLaCaf.stream()
                .collect(Collectors.toMap(ReglageControleCaf::getControleId, Function.identity()));
        return nationaux.stream().map(c -> c.pourLaCaf(parControle.get(c.getId()))).toList();
    }

    /** The failures that stop the approval: blocking ones, and warnings without a justification. */
    public static List<ResultatControle> empechements(List<ResultatControle> resultats) {
        return resultats.stream().filter(r -> r.bloquant() || !r.leve()).toList();
    }

    public static Optional<ResultatControle> echec(List<ResultatControle> resultats, String controleId) {
        return resultats.stream().filter(r -> r.id().equals(controleId)).findFirst();
    }
}

package org.eden.portail.identite;

import org.eden.portail.shared.RegleMetierException;

import java.util.List;

/** A new password refused by the policy: every reason, each naming its rule. */
public class MotDePasseRefuseException extends RegleMetierException {

    private static final long serialVersionUID = 1L;

    private final List<String> refus;

    public MotDePasseRefuseException(List<String> refus) {
        super(refus.isEmpty() ? "R-PWD-1" : refus.get(0).replaceFirst(" .*", ""), String.join(" ", refus));
        this.refus = List.copyOf(refus);
    }

    public List<String> getRefus() {
        return refus;
    }
}

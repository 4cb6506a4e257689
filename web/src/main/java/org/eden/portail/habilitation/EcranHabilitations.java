package org.eden.portail.habilitation;

import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;

import java.util.List;
import java.util.function.Supplier;

/** What the habilitation screens share: which organisation they show, and how a service call is told. */
final class EcranHabilitations {

    private EcranHabilitations() {
    }

    /**
     * The organisation asked for ({@code ?organisme=}), or the caller's first one; null (and a 403
     * page) when he manages none, or not that one — a forged id opens nothing.
     */
    static OrganismeGere choisir(List<OrganismeGere> geres, Long demande) {
        OrganismeGere choisi = demande == null
                ? geres.stream().findFirst().orElse(null)
                : geres.stream().filter(o -> o.id().equals(demande)).findFirst().orElse(null);
        if (choisi == null) {
            MessagesEcran.accesRefuse();
        }
        return choisi;
    }

    /** Runs a service call; a refusal becomes a growl naming its rule (or the missing permission). */
    static boolean agir(Runnable appel, String resume, Supplier<String> detail) {
        try {
            appel.run();
            MessagesEcran.info(resume, detail == null ? null : detail.get());
            return true;
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
            return false;
        }
    }

    /** A blank field refused with the rule it serves, before anything is sent. */
    static boolean exiger(String valeur, String regle, String message) {
        if (valeur == null || valeur.isBlank()) {
            MessagesEcran.refus(new RegleMetierException(regle, message));
            return false;
        }
        return true;
    }
}

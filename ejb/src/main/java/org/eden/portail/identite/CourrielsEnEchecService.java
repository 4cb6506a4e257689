package org.eden.portail.identite;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eden.portail.shared.BoiteEnvoi;
import org.eden.portail.shared.EnvoiCourriels;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.util.List;

/**
 * Issue 19: the mails the outbox gave up (after its last attempt, {@link EnvoiCourriels}) whose
 * recipient is an account of the caller's Caf — a provisional password that never arrived leaves
 * its user locked out — and "Renvoyer", which puts one back in the outbox for a new series of
 * attempts. For the Caf's administrator: permission {@code compte:gerer:<caf>}, as for the other
 * powers over its partners' accounts (R-HAB-7). Both traced.
 */
@Stateless
public class CourrielsEnEchecService {

    @Inject
    AdministrationCaf administration;

    @Inject
    BoiteEnvoi boite;

    @Inject
    EnvoiCourriels envoi;

    @Inject
    Clock horloge;

    @ActionTracee("CONSULTATION_COURRIELS_EN_ECHEC")
    public List<CourrielEnEchec> enEchec() {
        return boite.enEchec(administration.cafDeLAppelant().getId()).stream().map(CourrielEnEchec::de).toList();
    }

    /** Only a mail of the list: another Caf's, or one already sent again, is not found. */
    @ActionTracee(value = "RENVOI_COURRIEL", cible = "COURRIEL")
    public void renvoyer(Long courrielId) {
        boolean duPerimetre = boite.enEchec(administration.cafDeLAppelant().getId()).stream().anyMatch(c -> c.getId().equals(courrielId));
        if (!duPerimetre) {
            throw new RegleMetierException("R-HAB-7", "ce courriel n'est pas (ou plus) en échec pour un compte de votre Caf.");
        }
        boite.renvoyer(courrielId, horloge.instant());
        envoi.envoyerApresValidation(courrielId);
    }
}

package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.trace.DonneesRetenues;
import org.eden.portail.trace.RegleRetention;

import java.time.Instant;

/**
 * R-TRACE-3: habilitation data is kept six years after the habilitation was devalidated, then
 * purged by the nightly job ({@code PurgeQuotidienne}), which finds this bean and records its runs.
 * A habilitation still in force or suspended is never touched, whatever its age.
 */
@ApplicationScoped
public class RetentionHabilitations implements DonneesRetenues {

    public static final String CODE = "HABILITATIONS";

    @Inject
    HabilitationRepository habilitations;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RegleRetention regle() {
        return RegleRetention.HABILITATIONS;
    }

    @Override
    public long purgerAvant(Instant limite) {
        return habilitations.supprimerDevalideesAvant(limite);
    }
}

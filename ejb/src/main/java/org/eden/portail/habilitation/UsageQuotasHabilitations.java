package org.eden.portail.habilitation;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eden.portail.convention.UsageQuotas;

/**
 * R-CONV-7, R-HAB-3: how many persons hold a profile of a convention (active or suspended
 * habilitations, each person once). The bulletin is locked first, as for a grant: a quota lowered
 * by the Caf while a manager attaches the last place sees the manager's grant, or the manager sees
 * the new quota.
 */
@Stateless
@Local(UsageQuotas.class)
public class UsageQuotasHabilitations implements UsageQuotas {

    @Inject
    HabilitationRepository depot;

    @Override
    public int usage(Long conventionId, String codeService, String profil) {
        depot.verrouillerBulletin(conventionId, codeService);
        return (int) depot.titulaires(conventionId, codeService, profil);
    }
}

package org.eden.portail.convention;

/**
 * R-CONV-7, R-HAB-3: how many users hold a profile of a convention's bulletin today. Answered by
 * the habilitations, which count the uses; the convention only refuses a quota below that number.
 */
public interface UsageQuotas {

    int usage(Long conventionId, String codeService, String profil);
}

package org.eden.portail.habilitation;

import java.io.Serializable;

/** R-HAB-3: one profile of a bulletin, its maximum (AFAS ceilings applied, R-HAB-4) and its holders today. */
public record QuotaVue(String service, String profil, int maximum, long titulaires) implements Serializable {
    public long getPlacesLibres() {
        return Math.max(0, maximum - titulaires);
    }
}

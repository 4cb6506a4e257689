package org.eden.portail.habilitation;

import java.io.Serializable;

/** R-HAB-3: one profile of a bulletin, its maximum (AFAS ceilings applied, R-HAB-4) and its holders today. */
public final class QuotaVue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String service;
    private final String profil;
    private final int maximum;
    private final long titulaires;

    QuotaVue(String service, String profil, int maximum, long titulaires) {
        this.service = service;
        this.profil = profil;
        this.maximum = maximum;
        this.titulaires = titulaires;
    }

    public String getService() {
        return service;
    }

    public String getProfil() {
        return profil;
    }

    public int getMaximum() {
        return maximum;
    }

    public long getTitulaires() {
        return titulaires;
    }

    public long getPlacesLibres() {
        return Math.max(0, maximum - titulaires);
    }
}

package org.eden.portail.convention;

import java.io.Serializable;

/** A profile or role of the service catalogue that a bulletin may grant, for the recording form. */
public final class ProfilCatalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String service;
    private final String libelleService;
    private final String profil;
    private final String libelleProfil;

    ProfilCatalogue(String service, String libelleService, String profil, String libelleProfil) {
        this.service = service;
        this.libelleService = libelleService;
        this.profil = profil;
        this.libelleProfil = libelleProfil;
    }

    public String getService() {
        return service;
    }

    public String getLibelleService() {
        return libelleService;
    }

    public String getProfil() {
        return profil;
    }

    public String getLibelleProfil() {
        return libelleProfil;
    }
}

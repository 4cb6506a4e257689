package org.eden.portail.convention;

import java.io.Serializable;

/**
 * R-CONV-7, R-CONV-9: one profile of a bulletin d'adhésion as the convention page shows it, with
 * the users asked, granted and holding it today ("utilisés / accordés").
 */
public final class LigneQuota implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String service;
    private final String libelleService;
    private final String profil;
    private final String libelleProfil;
    private final int demande;
    private final int accorde;
    private final int utilises;

    LigneQuota(String service, String libelleService, String profil, String libelleProfil, int demande, int accorde,
               int utilises) {
        this.service = service;
        this.libelleService = libelleService;
        this.profil = profil;
        this.libelleProfil = libelleProfil;
        this.demande = demande;
        this.accorde = accorde;
        this.utilises = utilises;
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

    /**
     * The line's name as a screen shows it: the label alone when it already starts with the code
     * ("T1 – Action sociale"), otherwise code and label ("APPROBATEUR · Approbateur").
     */
    public String getIntitule() {
        return intitule(profil, libelleProfil);
    }

    /** A profile as the screens name it: "T1 – Action sociale" once, not "T1 · T1 – Action sociale". */
    public static String intitule(String profil, String libelleProfil) {
        if (libelleProfil == null) {
            return profil;
        }
        return libelleProfil.startsWith(profil) ? libelleProfil : profil + " · " + libelleProfil;
    }

    public int getDemande() {
        return demande;
    }

    public int getAccorde() {
        return accorde;
    }

    public int getUtilises() {
        return utilises;
    }
}

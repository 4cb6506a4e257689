package org.eden.portail.convention;

import java.io.Serializable;

/**
 * R-CONV-7, R-CONV-9: one profile of a bulletin d'adhésion as the convention page shows it, with
 * the users asked, granted and holding it today ("utilisés / accordés").
 */
public record LigneQuota(String service, String libelleService, String profil, String libelleProfil, int demande, int accorde, int utilises) implements Serializable {
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
}

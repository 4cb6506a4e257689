package org.eden.portail.cdap;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** One profile's row of the matrix (R-CDAP-7), for the screen: {@code ligne.acces['DROITS']}. */
public final class LigneMatrice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String profil;
    private final EnumMap<SectionDossier, Acces> acces;

    public LigneMatrice(String profil, Map<SectionDossier, Acces> acces) {
        this.profil = profil;
        this.acces = new EnumMap<>(acces);
    }

    public String getProfil() {
        return profil;
    }

    public Map<SectionDossier, Acces> getAcces() {
        return acces;
    }
}

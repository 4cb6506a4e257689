package org.eden.portail.shared;

import java.io.Serializable;

/** A Caf as the screens' filters list it. */
public final class CafResume implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String nom;

    public CafResume(String code, String nom) {
        this.code = code;
        this.nom = nom;
    }

    public static CafResume de(Caf caf) {
        return new CafResume(caf.getCode(), caf.getNom());
    }

    public String getCode() {
        return code;
    }

    public String getNom() {
        return nom;
    }

    public String getLibelle() {
        return code + " · " + nom;
    }
}

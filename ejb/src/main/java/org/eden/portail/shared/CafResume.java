package org.eden.portail.shared;

import java.io.Serializable;

/** A Caf as the screens' filters list it. */
public record CafResume(String code, String nom) implements Serializable {

    public static CafResume de(Caf caf) {
        return new CafResume(caf.getCode(), caf.getNom());
    }

    public String getLibelle() {
        return code + " · " + nom;
    }
}

package org.eden.portail.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** A profile (CDAP T2) or role (AFAS approbateur) that a bulletin d'adhésion can grant. */
@Embeddable
public class ProfilService implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String libelle;

    protected ProfilService() {
    }

    public ProfilService(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public String getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }
}

package org.eden.portail.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** R-CONV-7: for one profile of a bulletin, the number of users the partner asked and the Caf granted. */
@Embeddable
public class Quota implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 40)
    private String profil;

    @Column(nullable = false)
    private int demande;

    @Column(nullable = false)
    private int accorde;

    protected Quota() {
    }

    Quota(String profil, int demande, int accorde) {
        this.profil = profil;
        this.demande = demande;
        this.accorde = accorde;
    }

    public String getProfil() {
        return profil;
    }

    public int getDemande() {
        return demande;
    }

    public int getAccorde() {
        return accorde;
    }
}

package org.eden.portail.identite;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;

/** A password hash the account used before, kept only for R-PWD-4 (never the password itself). */
@Embeddable
public class MotDePassePrecedent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "hash", nullable = false)
    private String hash;

    @Column(name = "remplace_le", nullable = false)
    private Instant remplaceLe;

    protected MotDePassePrecedent() {
    }

    MotDePassePrecedent(String hash, Instant remplaceLe) {
        this.hash = hash;
        this.remplaceLe = remplaceLe;
    }

    public String getHash() {
        return hash;
    }

    public Instant getRemplaceLe() {
        return remplaceLe;
    }
}

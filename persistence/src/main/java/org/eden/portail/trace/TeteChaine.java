package org.eden.portail.trace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The head of the trace chain: the last rang given and its hash. Every append locks this one row
 * (PESSIMISTIC_WRITE, i.e. SELECT … FOR UPDATE) until its transaction ends, so that two appends, on
 * one server or on several, can never take the same rang or chain to the same previous trace. It
 * also tells the verification where the chain must end: a deleted last trace is seen too.
 */
@Entity
@Table(name = "trace_tete")
public class TeteChaine {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "dernier_rang", nullable = false)
    private long dernierRang;

    @Column(name = "dernier_hash", nullable = false, length = 64)
    private String dernierHash;

    protected TeteChaine() {
    }

    /** A head at a given point (tests). */
    TeteChaine(long dernierRang, String dernierHash) {
        this.id = ID;
        this.dernierRang = dernierRang;
        this.dernierHash = dernierHash;
    }

    /** Seals a waiting trace as the next of the chain and moves the head to it. */
    public Trace sceller(Trace trace) {
        trace.sceller(dernierRang + 1, dernierHash);
        dernierRang = trace.getRang();
        dernierHash = trace.getHash();
        return trace;
    }

    /** A new trace, sealed at once as the next of the chain (tests, and the chain's own checks). */
    public Trace ajouter(Instant horodatage, Trace.Acteur acteur, String action, String cibleType,
                         String cibleId, ResultatTrace resultat, String detail) {
        return sceller(new Trace(horodatage, acteur, action, cibleType, cibleId, resultat, detail));
    }

    public long getDernierRang() {
        return dernierRang;
    }

    public String getDernierHash() {
        return dernierHash;
    }
}

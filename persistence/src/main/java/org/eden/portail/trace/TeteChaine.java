package org.eden.portail.trace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The head of the trace chain: the last link sealed ({@code dernier_rang} holds its maillon) and
 * its hash. Only the sealer and the retention purge lock this one row (PESSIMISTIC_WRITE, i.e.
 * SELECT … FOR UPDATE), never an action: two sealers, on one server or on several, thus never give
 * the same link twice nor chain to the same previous trace, and a purge never runs beside a
 * sealing. It also tells the verification where the chain must end: a deleted last trace is seen too.
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

    /** Seals a written trace as the next link of the chain and moves the head to it. */
    public Trace sceller(Trace trace) {
        trace.sceller(dernierRang + 1, dernierHash);
        dernierRang = trace.getMaillon();
        dernierHash = trace.getHash();
        return trace;
    }

    /** A new trace sealed at once (tests of the chain). */
    Trace ajouter(Instant horodatage, Trace.Acteur acteur, String action, String cibleType,
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

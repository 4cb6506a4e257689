package org.eden.portail.trace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.Textes;

import java.time.Instant;

/**
 * One run of the retention purge (R-TRACE-2): when, up to which limit, how many traces, how it
 * went. A successful run also keeps the anchor of what remains: the rang of the first trace kept
 * and the hash of the last trace purged, which that trace's previous hash must equal.
 */
@Entity
@Table(name = "trace_purge")
public class PurgeTraces extends Entite {

    private static final long serialVersionUID = 1L;

    /** Only SUCCES or ECHEC. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ResultatTrace resultat;

    @Column(name = "executee_le", nullable = false)
    private Instant executeeLe;

    @Column(nullable = false)
    private Instant limite;

    @Column(nullable = false)
    private long nombre;

    @Column(name = "ancre_rang")
    private Long ancreRang;

    @Column(name = "ancre_hash", length = 64)
    private String ancreHash;

    @Column(length = 500)
    private String message;

    protected PurgeTraces() {
    }

    public static PurgeTraces reussie(Instant executeeLe, Instant limite, long nombre, Long ancreRang, String ancreHash) {
        PurgeTraces purge = new PurgeTraces();
        purge.resultat = ResultatTrace.SUCCES;
        purge.executeeLe = executeeLe;
        purge.limite = limite;
        purge.nombre = nombre;
        purge.ancreRang = ancreRang;
        purge.ancreHash = ancreHash;
        return purge;
    }

    public static PurgeTraces echouee(Instant executeeLe, Instant limite, String message) {
        PurgeTraces purge = new PurgeTraces();
        purge.resultat = ResultatTrace.ECHEC;
        purge.executeeLe = executeeLe;
        purge.limite = limite;
        purge.message = Textes.tronquer(message, 500);
        return purge;
    }

    public ResultatTrace getResultat() {
        return resultat;
    }

    public Instant getExecuteeLe() {
        return executeeLe;
    }

    public Instant getLimite() {
        return limite;
    }

    public long getNombre() {
        return nombre;
    }

    public Long getAncreRang() {
        return ancreRang;
    }

    public String getAncreHash() {
        return ancreHash;
    }

    public String getMessage() {
        return message;
    }
}

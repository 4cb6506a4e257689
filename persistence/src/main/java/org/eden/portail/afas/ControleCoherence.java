package org.eden.portail.afas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * R-AFAS-4: one coherence control as data — its id, the message a provider reads, its severity,
 * its threshold and the rule it applies — in table {@code afas_controle} (written by V11): the
 * national values. Each Caf's administrateur sets its own threshold and activation without a
 * deployment ({@link ReglageControleCaf}, applied by {@link #pourLaCaf}); what the control computes
 * is the {@link Verification} of the same id.
 */
@Entity
@Table(name = "afas_controle")
public class ControleCoherence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 20)
    private String id;

    @Column(nullable = false, length = 500)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private Severite severite;

    /** A percentage or an amount, as the control's {@link Verification} reads it; null when it has none. */
    @Column(precision = 14, scale = 2)
    private BigDecimal seuil;

    @Column(nullable = false, length = 12)
    private String regle;

    @Column(nullable = false)
    private boolean actif;

    @Version
    private long version;

    protected ControleCoherence() {
    }

    public ControleCoherence(String id, String message, Severite severite, BigDecimal seuil, String regle) {
        this.id = id;
        this.message = message;
        this.severite = severite;
        this.seuil = seuil;
        this.regle = regle;
        this.actif = true;
    }

    /** R-AFAS-4: a change of the national values (a Caf's own are a {@link ReglageControleCaf}); the threshold stays positive. */
    public void parametrer(Severite nouvelleSeverite, BigDecimal nouveauSeuil, String nouveauMessage, boolean estActif) {
        if (nouveauSeuil != null && nouveauSeuil.signum() < 0) {
            throw new RegleMetierException("R-AFAS-4", "Le seuil du contrôle " + id + " ne peut pas être négatif.");
        }
        if (nouveauMessage == null || nouveauMessage.isBlank()) {
            throw new RegleMetierException("R-AFAS-4", "Le message du contrôle " + id + " est requis.");
        }
        this.severite = nouvelleSeverite;
        this.seuil = nouveauSeuil;
        this.message = nouveauMessage.trim();
        this.actif = estActif;
    }

    /**
     * R-AFAS-4: this control as the Caf runs it: its threshold and activation when the Caf set
     * them ({@code reglage}, null when it did not), the national ones otherwise. A detached copy,
     * never written: the national row stays as it is.
     */
    public ControleCoherence pourLaCaf(ReglageControleCaf reglage) {
        if (reglage == null) {
            return this;
        }
        ControleCoherence copie = new ControleCoherence(id, message, severite, reglage.getSeuil(), regle);
        copie.actif = reglage.isActif();
        copie.version = version;
        return copie;
    }

    public String getId() {
        return id;
    }

    public String getMessage() {
        return message;
    }

    public Severite getSeverite() {
        return severite;
    }

    public BigDecimal getSeuil() {
        return seuil;
    }

    public String getRegle() {
        return regle;
    }

    public boolean isActif() {
        return actif;
    }
}

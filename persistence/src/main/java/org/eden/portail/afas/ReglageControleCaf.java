package org.eden.portail.afas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eden.portail.shared.RegleMetierException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * R-AFAS-4: a Caf's own threshold and activation of one national control (table
 * {@code afas_controle_caf}, V18), set by the Caf's administrateur without a deployment. The
 * controls a declaration answers are the national ones overlaid with its équipement's Caf's
 * settings ({@link ControleCoherence#pourLaCaf}). The threshold is checked here, the one place:
 * a control without a national threshold takes none; otherwise strictly positive, at most
 * {@link #SEUIL_MAXIMUM} (a percentage, or euros for AFAS-C04), two decimals.
 */
@Entity
@Table(name = "afas_controle_caf")
public class ReglageControleCaf extends ReglageDeLaCaf {

    private static final long serialVersionUID = 1L;

    public static final BigDecimal SEUIL_MAXIMUM = new BigDecimal("1000");

    @Column(name = "controle_id", nullable = false, length = 20, updatable = false)
    private String controleId;

    @Column(precision = 14, scale = 2)
    private BigDecimal seuil;

    @Column(nullable = false)
    private boolean actif;

    protected ReglageControleCaf() {
    }

    private ReglageControleCaf(String codeCaf) {
        super(codeCaf);
    }

    /** The Caf's first setting of the control, from its national values. */
    public static ReglageControleCaf de(String codeCaf, ControleCoherence national, BigDecimal seuil, boolean actif, String par, Instant le) {
        ReglageControleCaf r = new ReglageControleCaf(codeCaf);
        r.controleId = national.getId();
        r.changer(national, seuil, actif, par, le);
        return r;
    }

    /** R-AFAS-4: a new threshold and activation; refused (nothing changed) when the threshold is out of range. */
    public void changer(ControleCoherence national, BigDecimal nouveauSeuil, boolean estActif, String par, Instant le) {
        this.seuil = seuilValide(national, nouveauSeuil);
        this.actif = estActif;
        modifie(par, le);
    }

    static BigDecimal seuilValide(ControleCoherence national, BigDecimal seuil) {
        if (national.getSeuil() == null) {
            if (seuil != null) {
                throw new RegleMetierException("R-AFAS-4", "R-AFAS-4 : le contrôle " + national.getId()
                        + " n'a pas de seuil ; vous pouvez seulement l'activer ou le désactiver.");
            }
            return null;
        }
        if (seuil == null || seuil.signum() <= 0 || seuil.compareTo(SEUIL_MAXIMUM) > 0 || seuil.stripTrailingZeros().scale() > 2) {
            throw new RegleMetierException("R-AFAS-4", "R-AFAS-4 : le seuil du contrôle " + national.getId()
                    + " doit être un nombre positif d'au plus deux décimales, supérieur à 0 et au plus égal à 1 000"
                    + (seuil == null ? " (aucun seuil saisi)." : " (saisi : " + seuil.toPlainString().replace('.', ',') + ")."));
        }
        return seuil.setScale(2, RoundingMode.UNNECESSARY);
    }

    public String getControleId() {
        return controleId;
    }

    public BigDecimal getSeuil() {
        return seuil;
    }

    public boolean isActif() {
        return actif;
    }
}

package org.eden.portail.afas;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eden.portail.shared.Entite;

import java.time.Instant;

/**
 * What a Caf sets for itself without a deployment (a campaign's dates, a control's threshold):
 * which Caf, fixed at creation, and who changed it last and when, as its screens show. The columns
 * are the same in each table ({@code code_caf}, {@code modifie_par}, {@code modifie_le}).
 */
@MappedSuperclass
public abstract class ReglageDeLaCaf extends Entite {

    private static final long serialVersionUID = 1L;

    @Column(name = "code_caf", nullable = false, length = 3, updatable = false)
    private String codeCaf;

    @Column(name = "modifie_par", nullable = false, length = 20)
    private String modifiePar;

    @Column(name = "modifie_le", nullable = false)
    private Instant modifieLe;

    protected ReglageDeLaCaf() {
    }

    protected ReglageDeLaCaf(String codeCaf) {
        this.codeCaf = codeCaf;
    }

    /** Called by every change of the setting. */
    protected void modifie(String par, Instant le) {
        this.modifiePar = par;
        this.modifieLe = le;
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public String getModifiePar() {
        return modifiePar;
    }

    public Instant getModifieLe() {
        return modifieLe;
    }
}

package org.eden.portail.habilitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * R-HAB-7: whether the Caf took back the management of a partner's habilitations ("reprise en
 * main"). No row means the delegation stands as the contrat de service sets it.
 */
@Entity
@Table(name = "delegation_habilitations")
public class DelegationHabilitations implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "organisme_id")
    private Long organismeId;

    @Version
    private long version;

    @Column(nullable = false)
    private boolean retiree;

    @Column(name = "modifiee_le", nullable = false)
    private Instant modifieeLe;

    @Column(name = "modifiee_par", nullable = false, length = 20)
    private String modifieePar;

    @Column(nullable = false, length = Habilitation.LONGUEUR_MOTIF)
    private String motif;

    protected DelegationHabilitations() {
    }

    public DelegationHabilitations(Long organismeId) {
        this.organismeId = Objects.requireNonNull(organismeId);
    }

    public void retirer(String par, String raison, Instant le) {
        changer(true, par, raison, le);
    }

    public void restaurer(String par, String raison, Instant le) {
        changer(false, par, raison, le);
    }

    private void changer(boolean retirer, String par, String raison, Instant le) {
        motif = Habilitation.motifObligatoire(raison, retirer ? "une reprise en main" : "une restitution de la délégation");
        retiree = retirer;
        modifieePar = Objects.requireNonNull(par);
        modifieeLe = Objects.requireNonNull(le);
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public boolean isRetiree() {
        return retiree;
    }

    public Instant getModifieeLe() {
        return modifieeLe;
    }

    public String getModifieePar() {
        return modifieePar;
    }

    public String getMotif() {
        return motif;
    }
}

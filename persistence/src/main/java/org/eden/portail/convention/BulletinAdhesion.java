package org.eden.portail.convention;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.RegleMetierException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-CONV-7: the partner's adhesion to one service, with per profile the number of users asked
 * and the maximum granted by the Caf. Part of the {@link Convention} aggregate: changed only
 * through it, which knows whether the convention may still be changed.
 */
@Entity
@Table(name = "bulletin_adhesion")
public class BulletinAdhesion extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "convention_id", nullable = false, updatable = false)
    private Convention convention;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "service_code", nullable = false, updatable = false)
    private ServiceCatalogue service;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quota_bulletin", joinColumns = @JoinColumn(name = "bulletin_id"))
    private List<Quota> quotas = new ArrayList<>();

    protected BulletinAdhesion() {
    }

    BulletinAdhesion(Convention convention, ServiceCatalogue service) {
        this.convention = convention;
        this.service = service;
    }

    /** Sets the quota of a profile of this service, replacing the previous one. */
    void fixerQuota(String codeProfil, int demande, int accorde) {
        if (service.profil(codeProfil).isEmpty()) {
            throw new RegleMetierException("R-CONV-7", "Le profil « " + codeProfil + " » n'existe pas pour le service "
                    + service.getLibelle() + ".");
        }
        if (demande < 0 || accorde < 0) {
            throw new RegleMetierException("R-CONV-7", "Un nombre d'utilisateurs ne peut pas être négatif.");
        }
        quotas.removeIf(q -> q.getProfil().equals(codeProfil));
        quotas.add(new Quota(codeProfil, demande, accorde));
    }

    public Optional<Quota> quota(String codeProfil) {
        return quotas.stream().filter(q -> q.getProfil().equals(codeProfil)).findFirst();
    }

    public Convention getConvention() {
        return convention;
    }

    public ServiceCatalogue getService() {
        return service;
    }

    public List<Quota> getQuotas() {
        return List.copyOf(quotas);
    }
}

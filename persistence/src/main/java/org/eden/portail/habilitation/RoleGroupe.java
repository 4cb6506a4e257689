package org.eden.portail.habilitation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** A (service, profile) pair carried by a group: CDAP T2, AFAS APPROBATEUR, TDB AGENT_CAF… */
@Embeddable
public class RoleGroupe implements Serializable, Comparable<RoleGroupe> {

    private static final long serialVersionUID = 1L;

    @Column(name = "service_code", nullable = false, length = 10)
    private String service;

    @Column(nullable = false, length = 40)
    private String profil;

    protected RoleGroupe() {
    }

    public RoleGroupe(String service, String profil) {
        this.service = Objects.requireNonNull(service);
        this.profil = Objects.requireNonNull(profil);
    }

    public String getService() {
        return service;
    }

    public String getProfil() {
        return profil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleGroupe r && service.equals(r.service) && profil.equals(r.profil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, profil);
    }

    @Override
    public int compareTo(RoleGroupe o) {
        int s = service.compareTo(o.service);
        return s != 0 ? s : profil.compareTo(o.profil);
    }

    @Override
    public String toString() {
        return service + " " + profil;
    }
}

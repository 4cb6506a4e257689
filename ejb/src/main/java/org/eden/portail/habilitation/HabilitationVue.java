package org.eden.portail.habilitation;

import java.io.Serializable;
import java.time.Instant;

/** One effective habilitation as the screens show it (a JavaBean: Faces 4.0's EL reads getters only). */
public final class HabilitationVue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String identifiant;
    private final String service;
    private final String profil;
    private final StatutHabilitation statut;
    private final Instant valideDepuis;
    private final Instant suspendueLe;
    private final String motifSuspension;
    private final Instant devalideeLe;
    private final String motifDevalidation;

    HabilitationVue(Habilitation h) {
        this.id = h.getId();
        this.identifiant = h.getUtilisateur().getIdentifiant();
        this.service = h.getService();
        this.profil = h.getProfil();
        this.statut = h.getStatut();
        this.valideDepuis = h.getValideDepuis();
        this.suspendueLe = h.getSuspendueLe();
        this.motifSuspension = h.getMotifSuspension();
        this.devalideeLe = h.getDevalideeLe();
        this.motifDevalidation = h.getMotifDevalidation();
    }

    public Long getId() {
        return id;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public String getService() {
        return service;
    }

    public String getProfil() {
        return profil;
    }

    public StatutHabilitation getStatut() {
        return statut;
    }

    public String getStatutLibelle() {
        return statut.getLibelle();
    }

    public Instant getValideDepuis() {
        return valideDepuis;
    }

    public Instant getSuspendueLe() {
        return suspendueLe;
    }

    public String getMotifSuspension() {
        return motifSuspension;
    }

    public Instant getDevalideeLe() {
        return devalideeLe;
    }

    public String getMotifDevalidation() {
        return motifDevalidation;
    }
}

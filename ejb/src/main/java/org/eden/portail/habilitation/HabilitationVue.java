package org.eden.portail.habilitation;

import java.io.Serializable;
import java.time.Instant;

/** One effective habilitation as the screens show it. */
public record HabilitationVue(Long id, String identifiant, String service, String profil, StatutHabilitation statut,
                              Instant valideDepuis, Instant suspendueLe, String motifSuspension, Instant devalideeLe,
                              String motifDevalidation) implements Serializable {

    HabilitationVue(Habilitation h) {
        this(h.getId(), h.getUtilisateur().getIdentifiant(), h.getService(), h.getProfil(), h.getStatut(), h.getValideDepuis(),
                h.getSuspendueLe(), h.getMotifSuspension(), h.getDevalideeLe(), h.getMotifDevalidation());
    }

    public String getStatutLibelle() {
        return statut.getLibelle();
    }
}

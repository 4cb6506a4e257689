package org.eden.portail.habilitation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** R-HAB-8: a Caf's campaign of one year and each partner's state. */
public record SuiviCampagne(String codeCaf, int annee, Instant ouverteLe, String ouvertePar,
                            List<EtatRevuePartenaire> partenaires) implements Serializable {

    SuiviCampagne(String codeCaf, int annee, CampagneRevue campagne, List<EtatRevuePartenaire> partenaires) {
        this(codeCaf, annee, campagne == null ? null : campagne.getOuverteLe(),
                campagne == null ? null : campagne.getOuvertePar(), List.copyOf(partenaires));
    }

    public boolean isOuverte() {
        return ouverteLe != null;
    }

    public long compter(StatutRevue statut) {
        return partenaires.stream().filter(p -> p.statut() == statut).count();
    }

    public long getNonCommencees() {
        return compter(StatutRevue.NON_COMMENCEE);
    }

    public long getEnCours() {
        return compter(StatutRevue.EN_COURS);
    }

    public long getTerminees() {
        return compter(StatutRevue.TERMINEE);
    }
}

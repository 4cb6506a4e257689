package org.eden.portail.habilitation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** R-HAB-8: a Caf's campaign of one year and each partner's state (a JavaBean for the screens). */
public final class SuiviCampagne implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String codeCaf;
    private final int annee;
    private final Instant ouverteLe;
    private final String ouvertePar;
    private final List<EtatRevuePartenaire> partenaires;

    SuiviCampagne(String codeCaf, int annee, CampagneRevue campagne, List<EtatRevuePartenaire> partenaires) {
        this.codeCaf = codeCaf;
        this.annee = annee;
        this.ouverteLe = campagne == null ? null : campagne.getOuverteLe();
        this.ouvertePar = campagne == null ? null : campagne.getOuvertePar();
        this.partenaires = List.copyOf(partenaires);
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public int getAnnee() {
        return annee;
    }

    public boolean isOuverte() {
        return ouverteLe != null;
    }

    public Instant getOuverteLe() {
        return ouverteLe;
    }

    public String getOuvertePar() {
        return ouvertePar;
    }

    public List<EtatRevuePartenaire> getPartenaires() {
        return partenaires;
    }

    public long compter(StatutRevue statut) {
        return partenaires.stream().filter(p -> p.getStatut() == statut).count();
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

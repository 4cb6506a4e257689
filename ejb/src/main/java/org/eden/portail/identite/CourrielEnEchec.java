package org.eden.portail.identite;

import org.eden.portail.shared.CourrielSortant;

import java.io.Serializable;
import java.time.Instant;

/**
 * A mail given up after its last attempt, as the Caf's administrator reads it: never its body.
 * The getters are for the page (Jakarta EL 5 reads bean properties, not record components).
 */
public record CourrielEnEchec(long id, String destinataire, String objet, int tentatives, String derniereCause,
                              Instant demandeLe) implements Serializable {

    static CourrielEnEchec de(CourrielSortant courriel) {
        return new CourrielEnEchec(courriel.getId(), courriel.getDestinataire(), courriel.getObjet(),
                courriel.getTentatives(), courriel.getDerniereCause(), courriel.getCreeLe());
    }

    public long getId() {
        return id;
    }

    public String getDestinataire() {
        return destinataire;
    }

    public String getObjet() {
        return objet;
    }

    public int getTentatives() {
        return tentatives;
    }

    public String getDerniereCause() {
        return derniereCause;
    }

    public Instant getDemandeLe() {
        return demandeLe;
    }
}

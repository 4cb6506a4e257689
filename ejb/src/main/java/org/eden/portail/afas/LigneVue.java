package org.eden.portail.afas;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * R-AFAS-10: one figure of a declaration beside the previous year's réel and the variance from it
 * (in %, null when there is no réel or it is zero), and the exercice's prévisionnel for an
 * actualisé or a réel.
 */
public record LigneVue(Poste poste, Partie partie, String libelle, String compte, Poste.Unite unite, BigDecimal valeur,
                       BigDecimal reelPrecedent, BigDecimal ecartReelPrecedent, BigDecimal previsionnel) implements Serializable {

    static LigneVue de(Poste poste, BigDecimal valeur, BigDecimal reel, BigDecimal prevu) {
        BigDecimal ecart = valeur == null || reel == null ? null : Indicateurs.taux(valeur.subtract(reel), reel);
        return new LigneVue(poste, poste.getPartie(), poste.getLibelle(), poste.getCompte(), poste.getUnite(), valeur, reel, ecart, prevu);
    }
}

package org.eden.portail.afas;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a part's form: what is typed, beside last year's réel and the variance, recomputed
 * as the figure changes (R-AFAS-10).
 */
public class LigneSaisie implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LigneVue ligne;
    private BigDecimal valeur;

    LigneSaisie(LigneVue ligne) {
        this.ligne = ligne;
        this.valeur = ligne.valeur();
    }

    public Poste getPoste() {
        return ligne.poste();
    }

    public String getLibelle() {
        return ligne.libelle();
    }

    public String getCompte() {
        return ligne.compte();
    }

    public boolean isEntier() {
        return ligne.unite().entier();
    }

    public boolean isEuros() {
        return ligne.unite() == Poste.Unite.EUROS;
    }

    public BigDecimal getValeur() {
        return valeur;
    }

    public void setValeur(BigDecimal valeur) {
        this.valeur = valeur;
    }

    public BigDecimal getReelPrecedent() {
        return ligne.reelPrecedent();
    }

    public BigDecimal getPrevisionnel() {
        return ligne.previsionnel();
    }

    /** The variance from last year's réel, in %, of what is typed now. */
    public BigDecimal getEcart() {
        return valeur == null || ligne.reelPrecedent() == null ? null : Indicateurs.taux(valeur.subtract(ligne.reelPrecedent()),
                ligne.reelPrecedent());
    }
}

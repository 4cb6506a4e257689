package org.eden.portail.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eden.portail.shared.CleComposee;
import org.eden.portail.shared.Compteur;


/**
 * The last number given to a convention by one Caf in one year. Read row-locked, so two agents
 * recording at once get two numbers; the UNIQUE (caf, numéro) constraint backs it.
 */
@Entity
@Table(name = "compteur_convention")
@IdClass(CompteurConvention.Cle.class)
public class CompteurConvention extends Compteur {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "code_caf", length = 3)
    private String codeCaf;

    @Id
    @Column(name = "annee")
    private int annee;

    protected CompteurConvention() {
    }

    public CompteurConvention(String codeCaf, int annee) {
        this.codeCaf = codeCaf;
        this.annee = annee;
    }

    public NumeroConvention attribuer() {
        return new NumeroConvention(annee, suivant());
    }

    /**
     * For conventions signed before the portal (the seed's 2017-187): the counter jumps past the
     * number taken, never back.
     */
    public NumeroConvention reprendre(int rang) {
        prendre(rang);
        return new NumeroConvention(annee, rang);
    }

    public static class Cle extends CleComposee {
        private static final long serialVersionUID = 1L;
        private String codeCaf;
        private int annee;

        public Cle() {
        }

        public Cle(String codeCaf, int annee) {
            this.codeCaf = codeCaf;
            this.annee = annee;
        }

        @Override
        protected Object[] parties() {
            return new Object[] {codeCaf, annee};
        }
    }
}

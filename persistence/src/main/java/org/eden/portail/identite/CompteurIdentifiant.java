package org.eden.portail.identite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eden.portail.shared.CleComposee;
import org.eden.portail.shared.Compteur;

import java.text.Normalizer;
import java.util.Locale;

/**
 * R-HAB-1: identifiers are three letters of the last name, the Caf's code and a sequence
 * ({@code MAR271001}); the counter of each prefix and Caf only goes up, so an identifier is never
 * given twice.
 */
@Entity
@Table(name = "compteur_identifiant")
@IdClass(CompteurIdentifiant.Cle.class)
public class CompteurIdentifiant extends Compteur {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 3)
    private String prefixe;

    @Id
    @Column(name = "code_caf", length = 3)
    private String codeCaf;

    protected CompteurIdentifiant() {
    }

    public CompteurIdentifiant(String prefixe, String codeCaf) {
        this.prefixe = prefixe;
        this.codeCaf = codeCaf;
    }

    /** The three letters taken from a last name: accents and non-letters dropped, X to fill. */
    public static String prefixePour(String nom) {
        String lettres = Normalizer.normalize(nom == null ? "" : nom, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "")
                .toUpperCase(Locale.ROOT);
        return (lettres + "XXX").substring(0, 3);
    }

    /** The next identifier of this prefix in this Caf. */
    public String attribuer() {
        return prefixe + codeCaf + String.format("%03d", suivant());
    }

    /** Composite key. */
    public static class Cle extends CleComposee {
        private static final long serialVersionUID = 1L;
        private String prefixe;
        private String codeCaf;

        public Cle() {
        }

        public Cle(String prefixe, String codeCaf) {
            this.prefixe = prefixe;
            this.codeCaf = codeCaf;
        }

        @Override
        protected Object[] parties() {
            return new Object[] {prefixe, codeCaf};
        }
    }
}

package org.eden.portail.identite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * R-HAB-1: identifiers are three letters of the last name, the Caf's code and a sequence
 * ({@code MAR271001}); the counter of each prefix and Caf only goes up, so an identifier is never
 * given twice.
 */
@Entity
@Table(name = "compteur_identifiant")
@IdClass(CompteurIdentifiant.Cle.class)
public class CompteurIdentifiant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 3)
    private String prefixe;

    @Id
    @Column(name = "code_caf", length = 3)
    private String codeCaf;

    @Column(nullable = false)
    private int dernier;

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
        dernier++;
        return prefixe + codeCaf + String.format("%03d", dernier);
    }

    public int getDernier() {
        return dernier;
    }

    /** Composite key. */
    public static class Cle implements Serializable {
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
        public boolean equals(Object o) {
            return o instanceof Cle c && Objects.equals(prefixe, c.prefixe) && Objects.equals(codeCaf, c.codeCaf);
        }

        @Override
        public int hashCode() {
            return Objects.hash(prefixe, codeCaf);
        }
    }
}

package org.eden.portail.cdap;

import org.eden.portail.shared.Adresse;

import java.io.Serializable;

/**
 * The main record of a dossier allocataire, as the base returns it: its key (Caf, numéro) and the
 * one-row sections (Dossier, Adresse, Logement, and the year and quotient familial of Ressources).
 * It never goes to a screen whole: the consultation hands out each part only to a profile that
 * may see it.
 */
public final class DossierAllocataire implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String codeCaf;
    private final String numero;
    private final IdentiteAllocataire identite;
    private final Adresse adresse;
    private final Logement logement;
    private final Integer revenusAnnee;
    private final QuotientFamilial quotientFamilial;

    public DossierAllocataire(String codeCaf, String numero, IdentiteAllocataire identite, Adresse adresse,
                              Logement logement, Integer revenusAnnee, QuotientFamilial quotientFamilial) {
        this.codeCaf = codeCaf;
        this.numero = numero;
        this.identite = identite;
        this.adresse = adresse;
        this.logement = logement;
        this.revenusAnnee = revenusAnnee;
        this.quotientFamilial = quotientFamilial;
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public String getNumero() {
        return numero;
    }

    public IdentiteAllocataire getIdentite() {
        return identite;
    }

    /** Section Adresse: the same postal address as a partner's (shared.Adresse). */
    public Adresse getAdresse() {
        return adresse;
    }

    public Logement getLogement() {
        return logement;
    }

    /** The year of the declared income, null when none was declared. */
    public Integer getRevenusAnnee() {
        return revenusAnnee;
    }

    public QuotientFamilial getQuotientFamilial() {
        return quotientFamilial;
    }
}

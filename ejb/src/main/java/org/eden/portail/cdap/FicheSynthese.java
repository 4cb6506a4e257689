package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * R-CDAP-3: the first screen of a file, its key data — each only when the profile may see the
 * section it comes from, null otherwise (and then not even computed).
 */
public final class FicheSynthese implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Consultation consultation;
    private final IdentiteAllocataire identite;
    private final String commune;
    private final String composition;
    private final BigDecimal totalDroits;
    private final Integer nombreDroits;
    private final Boolean rsaEnCours;
    private final Paiement dernierPaiement;
    private final QuotientFamilial quotientFamilial;
    private final BigDecimal resteDu;

    public FicheSynthese(Consultation consultation, IdentiteAllocataire identite, String commune, String composition,
                         BigDecimal totalDroits, Integer nombreDroits, Boolean rsaEnCours, Paiement dernierPaiement,
                         QuotientFamilial quotientFamilial, BigDecimal resteDu) {
        this.consultation = consultation;
        this.identite = identite;
        this.commune = commune;
        this.composition = composition;
        this.totalDroits = totalDroits;
        this.nombreDroits = nombreDroits;
        this.rsaEnCours = rsaEnCours;
        this.dernierPaiement = dernierPaiement;
        this.quotientFamilial = quotientFamilial;
        this.resteDu = resteDu;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    /** Section Dossier. */
    public IdentiteAllocataire getIdentite() {
        return identite;
    }

    /** Section Adresse: postcode and commune. */
    public String getCommune() {
        return commune;
    }

    /** Section Famille, e.g. "Couple, 2 enfants". */
    public String getComposition() {
        return composition;
    }

    /** Section Droits: the monthly total of current rights. */
    public BigDecimal getTotalDroits() {
        return totalDroits;
    }

    public Integer getNombreDroits() {
        return nombreDroits;
    }

    /** Section RSA. */
    public Boolean getRsaEnCours() {
        return rsaEnCours;
    }

    /** Section Paiement. */
    public Paiement getDernierPaiement() {
        return dernierPaiement;
    }

    /** Section Ressources, "QF seulement" included. */
    public QuotientFamilial getQuotientFamilial() {
        return quotientFamilial;
    }

    /** Section Créances: what remains due, all debts together. */
    public BigDecimal getResteDu() {
        return resteDu;
    }
}

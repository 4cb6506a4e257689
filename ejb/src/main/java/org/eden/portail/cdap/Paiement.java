package org.eden.portail.cdap;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Section Paiement: one monthly transfer. The base stores its detail as {@code AF=151.05;APL=245.00}
 * (one row per month, so that 24 months of a million files stay 24 million rows).
 */
public final class Paiement implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final BigDecimal montant;
    private final String detail;

    public Paiement(LocalDate date, BigDecimal montant, String detail) {
        this.date = date;
        this.montant = montant;
        this.detail = detail;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getMontant() {
        return montant;
    }

    /** The stored form of the detail. */
    public String getDetail() {
        return detail;
    }

    public List<LignePaiement> getLignes() {
        List<LignePaiement> lignes = new ArrayList<>();
        if (detail == null || detail.isBlank()) {
            return lignes;
        }
        for (String element : detail.split(";")) {
            int egal = element.indexOf('=');
            String code = element.substring(0, egal);
            String libelle;
            try {
                libelle = Prestation.valueOf(code).getLibelle();
            } catch (IllegalArgumentException inconnue) {
                libelle = code;
            }
            lignes.add(new LignePaiement(code, libelle, new BigDecimal(element.substring(egal + 1))));
        }
        return lignes;
    }
}

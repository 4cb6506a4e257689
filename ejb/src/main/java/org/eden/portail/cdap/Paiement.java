package org.eden.portail.cdap;

import jakarta.json.bind.annotation.JsonbProperty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Section Paiement: one monthly transfer. The base stores its detail as {@code AF=151.05;APL=245.00}
 * (one row per month, so that 24 months of a million files stay 24 million rows); {@code detail}
 * is that stored form.
 */
public record Paiement(LocalDate date, BigDecimal montant, String detail) implements Serializable {

    /**
     * The detail read line by line. A getter, not a component, for the screen's EL
     * ({@code #{p.lignes}}); named for the API's JSON, where JSON-B would call a record's
     * method by its full name {@code getLignes}.
     */
    @JsonbProperty("lignes")
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

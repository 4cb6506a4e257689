package org.eden.portail.afas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * R-AFAS-7: a reminder sent for one équipement's declaration of a campaign (table
 * {@code afas_relance}, V19). Its UNIQUE (équipement, exercice, nature, sorte) is what sends each
 * reminder once: a second pass, or another node, fails to insert it and sends nothing.
 */
@Entity
@Table(name = "afas_relance")
public class RelanceAfas extends SujetDeclaration {

    private static final long serialVersionUID = 1L;

    /** Before the deadline (providers and approver) or once it has passed (the approver). */
    public enum Sorte { AVANT_ECHEANCE, ECHEANCE_PASSEE }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Sorte sorte;

    @Column(nullable = false, updatable = false)
    private LocalDate echeance;

    @Column(name = "envoyee_le", nullable = false, updatable = false)
    private Instant envoyeeLe;

    @Column(nullable = false, updatable = false)
    private int destinataires;

    protected RelanceAfas() {
    }

    public RelanceAfas(Equipement equipement, int exercice, NatureDeclaration nature, Sorte sorte, LocalDate echeance,
                       int destinataires, Instant le) {
        super(equipement, exercice, nature);
        this.sorte = sorte;
        this.echeance = echeance;
        this.destinataires = destinataires;
        this.envoyeeLe = le;
    }

    public Sorte getSorte() {
        return sorte;
    }

    public LocalDate getEcheance() {
        return echeance;
    }

    public Instant getEnvoyeeLe() {
        return envoyeeLe;
    }

    public int getDestinataires() {
        return destinataires;
    }
}

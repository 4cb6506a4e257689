package org.eden.portail.afas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;

import java.time.Instant;

/**
 * R-AFAS-2, R-AFAS-5: one transition of a declaration (table {@code afas_historique}, V19): who,
 * when, from, to and why — the signatures a Caf controller asks for, years later.
 */
@Entity
@Table(name = "afas_historique")
public class EtapeDeclaration extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "declaration_id", nullable = false, updatable = false)
    private Declaration declaration;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut_avant", nullable = false, length = 12, updatable = false)
    private StatutDeclaration avant;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut_apres", nullable = false, length = 12, updatable = false)
    private StatutDeclaration apres;

    @Column(nullable = false, length = 20, updatable = false)
    private String par;

    @Column(nullable = false, updatable = false)
    private Instant le;

    @Column(length = Declaration.LONGUEUR_COMMENTAIRE, updatable = false)
    private String commentaire;

    protected EtapeDeclaration() {
    }

    EtapeDeclaration(Declaration declaration, StatutDeclaration avant, StatutDeclaration apres, String par, Instant le, String commentaire) {
        this.declaration = declaration;
        this.avant = avant;
        this.apres = apres;
        this.par = par;
        this.le = le;
        this.commentaire = commentaire;
    }

    public StatutDeclaration getAvant() {
        return avant;
    }

    public StatutDeclaration getApres() {
        return apres;
    }

    public String getPar() {
        return par;
    }

    public Instant getLe() {
        return le;
    }

    public String getCommentaire() {
        return commentaire;
    }
}
